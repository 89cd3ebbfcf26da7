package vn.egov.console.publicservice;

/**
 * Summed figures over any set of procedure-unit-months with the rates derived from them. Rates are ratios of sums,
 * so a busy unit weighs more than a quiet one; a rate with nothing to divide by is {@code null} ("no data"), never 0.
 */
public record Totals(long received, long receivedOnline, long resolved, long resolvedOnTime, long late,
                     long digitised, long eResults, long paidOnline, long rows) {

    public static final Totals EMPTY = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Online application share: online received ÷ received. */
    public Double onlineShare() {
        return ratio(receivedOnline, received);
    }

    /** On-time resolution rate: resolved on time ÷ resolved. */
    public Double onTimeRate() {
        return ratio(resolvedOnTime, resolved);
    }

    /** Digitisation rate: records digitised ÷ received. */
    public Double digitisationRate() {
        return ratio(digitised, received);
    }

    /** Electronic-result rate: results issued electronically ÷ resolved. */
    public Double eResultRate() {
        return ratio(eResults, resolved);
    }

    /** Online-payment rate: applications whose fees were paid online ÷ received. */
    public Double onlinePaymentRate() {
        return ratio(paidOnline, received);
    }

    public boolean hasData() {
        return rows > 0;
    }

    public Totals plus(Totals o) {
        return new Totals(received + o.received, receivedOnline + o.receivedOnline, resolved + o.resolved,
                resolvedOnTime + o.resolvedOnTime, late + o.late, digitised + o.digitised, eResults + o.eResults,
                paidOnline + o.paidOnline, rows + o.rows);
    }

    public static Totals of(Figures f) {
        return new Totals(f.received(), f.receivedOnline(), f.resolved(), f.resolvedOnTime(), f.late(), f.digitised(),
                f.eResults(), f.paidOnline(), 1);
    }

    public static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
