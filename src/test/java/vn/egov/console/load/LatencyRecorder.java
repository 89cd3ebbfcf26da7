package vn.egov.console.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Round-trip times by kind of request, and the errors, from many users at once. */
final class LatencyRecorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private volatile boolean recording = true;

    void record(String label, long elapsedMicros) {
        if (recording) micros.computeIfAbsent(label, k -> new ConcurrentLinkedQueue<>()).add(elapsedMicros);
    }

    void error(String label, String what) {
        errors.add(label + ": " + what);
    }

    /** Warm-up and ramp-down requests do not count. */
    void recording(boolean on) {
        recording = on;
    }

    void clear() {
        micros.clear();
        errors.clear();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    long count() {
        return micros.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** Percentiles over every request of these kinds (all kinds when none is given). */
    Summary summary(String... labels) {
        List<Long> all = new ArrayList<>();
        micros.forEach((label, values) -> {
            if (labels.length == 0 || Arrays.stream(labels).anyMatch(label::startsWith)) all.addAll(values);
        });
        return Summary.of(all);
    }

    Map<String, Summary> byLabel() {
        Map<String, Summary> result = new TreeMap<>();
        micros.forEach((label, values) -> result.put(label, Summary.of(new ArrayList<>(values))));
        return result;
    }

    record Summary(int count, double p50, double p95, double p99, double max) {

        static Summary of(List<Long> values) {
            if (values.isEmpty()) return new Summary(0, 0, 0, 0, 0);
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Summary(sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0);
        }

        private static double ms(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("n=%,d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", count, p50, p95, p99, max);
        }
    }
}
