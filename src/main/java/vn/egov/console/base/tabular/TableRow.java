package vn.egov.console.base.tabular;

import java.util.Map;
import vn.egov.console.base.text.CleanText;

/**
 * One data row. {@code line} is the row number a user sees in their spreadsheet (the header is row 1). Only columns
 * present in the file are in {@code values}, so an import can tell "not in the file" (leave the field alone) from
 * "empty cell".
 */
public record TableRow(int line, Map<String, String> values) {

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * The cell as {@link CleanText#line} cleans every input (NFC, Unicode spaces trimmed, invisible characters
     * dropped), or null when the column is absent or nothing visible is in the cell.
     */
    public String get(String key) {
        String v = CleanText.line(values.get(key));
        return v.isEmpty() ? null : v;
    }

    /** Whether the cell held something, but only spaces or invisible characters: say so rather than ignore it. */
    public boolean invisibleOnly(String key) {
        return CleanText.isInvisibleOnly(values.get(key));
    }
}
