package io.transcheck.job;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The output of a process, read in the background, so that several processes can be watched at once. */
final class ProcessLog {
    final Process process;
    final String name;
    private final List<String> lines = new ArrayList<>();

    ProcessLog(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(l);
                        lines.notifyAll();
                    }
                }
            } catch (Exception e) {
                // the process was killed
            }
        }, name + "-log");
        t.setDaemon(true);
        t.start();
    }

    /** Waits until some line matches; false on timeout or when the process ended without one. */
    boolean await(Predicate<String> match, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (true) {
                if (lines.stream().anyMatch(match)) return true;
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && lines.stream().noneMatch(match))) {
                    if (!process.isAlive()) lines.wait(200);
                    return lines.stream().anyMatch(match);
                }
                lines.wait(Math.min(500, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
        }
    }

    boolean contains(Predicate<String> match) {
        synchronized (lines) {
            return lines.stream().anyMatch(match);
        }
    }

    @Override public String toString() {
        synchronized (lines) {
            return name + ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
