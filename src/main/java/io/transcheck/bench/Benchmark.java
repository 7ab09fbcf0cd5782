package io.transcheck.bench;

import java.util.List;

/** The benchmark command (see docs/benchmarks.md). */
public final class Benchmark {
    private Benchmark() {}

    /** @return the process exit status */
    public static int run(List<String> args) {
        System.err.println("transcheck: benchmark is not implemented yet");
        return 2;
    }
}
