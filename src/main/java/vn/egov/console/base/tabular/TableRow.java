package vn.egov.console.base.tabular;

import java.util.Map;

/**
 * One data row. {@code line} is the row number a user sees in their spreadsheet (the header is row 1). Only columns
 * present in the file are in {@code values}, so an import can tell "not in the file" (leave the field alone) from
 * "empty cell".
 */
public record TableRow(int line, Map<String, String> values) {

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The trimmed cell, or null when the column is absent or the cell is blank. */
    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
