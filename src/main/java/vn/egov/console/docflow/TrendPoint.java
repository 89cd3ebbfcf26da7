package vn.egov.console.docflow;

/** Totals of one month, quarter or year ({@link Granularity#bucket}). */
public record TrendPoint(String bucket, ExchangeTotals totals) {
}
