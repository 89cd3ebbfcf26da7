package vn.egov.console.publicservice;

import java.util.EnumMap;
import java.util.Map;

/** The values of the metrics the console holds for one scope and period; a metric absent here is "no data". */
public final class MetricValues {

    private final Map<Metric, Long> values = new EnumMap<>(Metric.class);

    public static MetricValues of(Totals t) {
        MetricValues v = new MetricValues();
        if (!t.hasData()) return v;
        v.put(Metric.RECEIVED, t.received()).put(Metric.RECEIVED_ONLINE, t.receivedOnline())
                .put(Metric.RESOLVED, t.resolved()).put(Metric.RESOLVED_ON_TIME, t.resolvedOnTime())
                .put(Metric.LATE, t.late()).put(Metric.DIGITISED, t.digitised()).put(Metric.E_RESULTS, t.eResults())
                .put(Metric.PAID_ONLINE, t.paidOnline())
                .put(Metric.TO_HANDLE, t.resolved() + Math.max(0, t.late() - (t.resolved() - t.resolvedOnTime())));
        return v;
    }

    public MetricValues put(Metric metric, long value) {
        values.put(metric, value);
        return this;
    }

    /** The value, or null when the console does not hold it for this scope. */
    public Long get(Metric metric) {
        return values.get(metric);
    }
}
