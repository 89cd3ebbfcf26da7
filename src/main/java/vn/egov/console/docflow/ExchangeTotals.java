package vn.egov.console.docflow;

/**
 * Summed figures over any set of unit-months, with the KPIs derived from them. Shares are ratios of sums (never an
 * average of monthly ratios), so a busy unit weighs more than a quiet one, as in the official reports; a share with
 * nothing to divide by is {@code NaN}, shown as "—".
 */
public record ExchangeTotals(long sentTotal, long sentElectronic, long receivedElectronic, long sentViaAxis,
                             long receivedViaAxis, long sentSigned, long sentPaperParallel, long sentToCentral,
                             long sentToCentralSigned, long unitMonths) {

    public static final ExchangeTotals EMPTY = new ExchangeTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Electronic share (tỷ lệ văn bản đi điện tử): sent electronically / all sent. */
    public double electronicShare() {
        return ratio(sentElectronic, sentTotal);
    }

    /** Signed share (tỷ lệ văn bản ký số): digitally signed / sent electronically. */
    public double signedShare() {
        return ratio(sentSigned, sentElectronic);
    }

    /** Paper-parallel share (tỷ lệ gửi kèm bản giấy): also sent on paper / sent electronically. */
    public double paperParallelShare() {
        return ratio(sentPaperParallel, sentElectronic);
    }

    /** Signed share of what went to central government (the Government Office figure of 2019). */
    public double centralSignedShare() {
        return ratio(sentToCentralSigned, sentToCentral);
    }

    /** Share of electronic traffic (sent and received) that went through the national axis. */
    public double axisShare() {
        return ratio(sentViaAxis + receivedViaAxis, sentElectronic + receivedElectronic);
    }

    public ExchangeTotals plus(ExchangeTotals o) {
        return new ExchangeTotals(sentTotal + o.sentTotal, sentElectronic + o.sentElectronic,
                receivedElectronic + o.receivedElectronic, sentViaAxis + o.sentViaAxis,
                receivedViaAxis + o.receivedViaAxis, sentSigned + o.sentSigned, sentPaperParallel + o.sentPaperParallel,
                sentToCentral + o.sentToCentral, sentToCentralSigned + o.sentToCentralSigned, unitMonths + o.unitMonths);
    }

    public static ExchangeTotals of(MonthlyFigures f) {
        return new ExchangeTotals(f.sentTotal(), f.sentElectronic(), f.receivedElectronic(), f.sentViaAxis(),
                f.receivedViaAxis(), f.sentSigned(), f.sentPaperParallel(), f.sentToCentral(), f.sentToCentralSigned(),
                1);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
