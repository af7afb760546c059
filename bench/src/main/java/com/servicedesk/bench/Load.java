package com.servicedesk.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Closed-loop load: a number of clients, each a thread calling its task back to back until the time is
 * up (or a condition stops it); every call's latency and outcome is kept, so that percentiles, rates
 * and error counts come from all of them, not from a sample.
 */
final class Load {

    /** One call; returns an HTTP status (or 200 for a database call that succeeded). */
    interface Task {
        int call(int client, long sequence) throws Exception;
    }

    /** Outcome of an exception instead of a status: the connection failed or timed out. */
    static final int IO_ERROR = -1;

    /** All the calls of one run. */
    record Result(long calls, double seconds, long[] sortedNanos, Map<Integer, Long> statuses) {

        double rate() {
            return calls / seconds;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        /** Calls that did not succeed: no answer, or a status outside 2xx. */
        long errors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        }

        String summary() {
            return String.format("%,d calls in %.1f s = %,.1f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; statuses %s",
                    calls, seconds, rate(), percentileMs(50), percentileMs(95), percentileMs(99), statuses);
        }
    }

    private Load() {
    }

    static Result run(int clients, Duration duration, Task task) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        return run(clients, () -> System.nanoTime() >= end, Long.MAX_VALUE, task);
    }

    /** Each client calls until {@code stop} says so or it made {@code callsPerClient} calls. */
    static Result run(int clients, BooleanSupplier stop, long callsPerClient, Task task) throws InterruptedException {
        List<long[]> latencies = new ArrayList<>();
        List<Map<Integer, Long>> outcomes = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicBoolean failed = new AtomicBoolean();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] mine = {new long[1024]};
            int[] n = {0};
            Map<Integer, Long> statuses = new TreeMap<>();
            synchronized (latencies) {
                outcomes.add(statuses);
            }
            Thread thread = new Thread(() -> {
                try {
                    for (long i = 0; i < callsPerClient && !stop.getAsBoolean(); i++) {
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = task.call(client, i);
                        } catch (IOException e) {
                            status = IO_ERROR;
                        }
                        if (n[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                        }
                        mine[0][n[0]++] = System.nanoTime() - t0;
                        statuses.merge(status, 1L, Long::sum);
                    }
                } catch (Exception e) {
                    failed.set(true);
                    e.printStackTrace();
                } finally {
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine[0], n[0]));
                    }
                    done.countDown();
                }
            }, "load-" + c);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failed.get()) {
            throw new IllegalStateException("a load client failed (see above)");
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> statuses = new TreeMap<>();
        outcomes.forEach(m -> m.forEach((k, v) -> statuses.merge(k, v, Long::sum)));
        return new Result(all.length, seconds, all, statuses);
    }
}
