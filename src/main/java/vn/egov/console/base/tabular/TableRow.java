package vn.egov.console.base.tabular;

import java.util.List;
import java.util.Map;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.base.text.TextRule;

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

    /**
     * A free-text cell checked by {@code rule} as a form would check it, except that a blank cell is null (most
     * imports leave the stored value alone then): too long, or only invisible characters, adds a row error.
     */
    public String text(String key, TextRule rule, List<RowError> errors) {
        if (invisibleOnly(key)) {
            errors.add(new RowError(line, key, TextRule.INVISIBLE_ONLY, rule.fieldKey()));
            return null;
        }
        try {
            return rule.optional().clean(values.get(key));
        } catch (vn.egov.console.base.error.BusinessException e) {
            errors.add(new RowError(line, key, e.messageKey(), e.arguments()));
            return null;
        }
    }

    /** Whether the cell held something, but only spaces or invisible characters: say so rather than ignore it. */
    public boolean invisibleOnly(String key) {
        return CleanText.isInvisibleOnly(values.get(key));
    }
}
