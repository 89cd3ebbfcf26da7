package vn.egov.console.publicservice;

import java.util.ArrayList;
import java.util.List;

/**
 * One procedure's applications at one handling unit in one month. {@code late} counts applications resolved late
 * plus those still open past their deadline, so it is at least {@code resolved - resolvedOnTime}. Resolved may exceed
 * received: a month resolves what earlier months received.
 */
public record Figures(long received, long receivedOnline, long resolved, long resolvedOnTime, long late,
                      long digitised, long eResults, long paidOnline) {

    public static final long MAX_PER_MONTH = 1_000_000;
    /** The keys used by the import, the API and the messages, in this order. */
    public static final List<String> FIELDS = List.of("received", "receivedOnline", "resolved", "resolvedOnTime",
            "late", "digitised", "eResults", "paidOnline");

    /** A broken rule: the field (its import/JSON key) and the translation key of the message with its arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }

    public long[] values() {
        return new long[] {received, receivedOnline, resolved, resolvedOnTime, late, digitised, eResults, paidOnline};
    }

    public static Figures of(long[] v) {
        return new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** Every rule broken, in field order; empty when the figures may be stored. */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        long[] values = values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) v.add(new Violation(FIELDS.get(i), "error.ps.negative", FIELDS.get(i)));
            else if (values[i] > MAX_PER_MONTH) {
                v.add(new Violation(FIELDS.get(i), "error.ps.tooLarge", FIELDS.get(i), MAX_PER_MONTH));
            }
        }
        if (!v.isEmpty()) return v;
        if (receivedOnline > received) {
            v.add(new Violation("receivedOnline", "error.ps.onlineOverReceived", receivedOnline, received));
        }
        if (resolvedOnTime > resolved) {
            v.add(new Violation("resolvedOnTime", "error.ps.onTimeOverResolved", resolvedOnTime, resolved));
        }
        if (late < resolved - resolvedOnTime) {
            v.add(new Violation("late", "error.ps.lateTooFew", late, resolved - resolvedOnTime));
        }
        if (digitised > received) v.add(new Violation("digitised", "error.ps.digitisedOverReceived", digitised, received));
        if (eResults > resolved) v.add(new Violation("eResults", "error.ps.eResultsOverResolved", eResults, resolved));
        if (paidOnline > received) {
            v.add(new Violation("paidOnline", "error.ps.paidOverReceived", paidOnline, received));
        }
        return v;
    }
}
