package io.transcheck.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Time spent per pipeline stage, summed over threads and documents (the benchmark's breakdown). */
public class StageTimes {
    /** Records nothing: the production path pays no clock reads. */
    public static final StageTimes NONE = new StageTimes() {
        @Override public <T> T time(String stage, Supplier<T> work) {
            return work.get();
        }
    };

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Seconds per stage, by stage name. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1e9));
        return out;
    }
}
