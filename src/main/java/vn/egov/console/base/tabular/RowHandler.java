package vn.egov.console.base.tabular;

/** Receives the rows of a file one at a time, so a 600,000-row file never sits in memory as a whole. */
@FunctionalInterface
public interface RowHandler {

    void row(TableRow row);
}
