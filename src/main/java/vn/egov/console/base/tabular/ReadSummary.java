package vn.egov.console.base.tabular;

import java.util.List;
import java.util.Set;

/** What the reader saw: the columns present, how many data rows, and rows rejected before parsing their values. */
public record ReadSummary(Set<String> presentColumns, int rows, List<RowError> errors) {
}
