package vn.egov.console.base.text;

import vn.egov.console.base.error.BusinessException;

/**
 * What one text field accepts: required or optional, one line or several, at most so many characters. {@link #clean}
 * returns the text as it is to be stored, or refuses it with a translated message naming the field:
 *
 * <pre>{@code
 * private static final TextRule TITLE = TextRule.line("roadmap.field.title", TextLimits.NAME);
 * String title = TITLE.clean(draft.title());          // NFC, trimmed, never blank, at most 255 characters
 * String note = NOTE_RULE.clean(draft.note());        // TextRule.block(...).optional(): null when left empty
 * }</pre>
 *
 * Features that already had their own wording for "required" and "too long" keep it with {@link #messages}; such
 * own messages get no argument ("required") and the limit as {0} ("too long").
 *
 * @param fieldKey    translation key of the field's label, shown in the generic messages
 * @param max         most characters (code points) allowed
 * @param required    whether empty input is refused (else it becomes null)
 * @param multiline   whether line breaks are kept
 * @param requiredKey message when nothing was entered (generic one: {0} = the field)
 * @param tooLongKey  message when the text is too long (generic one: {0} = the field, {1} = the limit, {2} = the
 *                    length entered)
 */
public record TextRule(String fieldKey, int max, boolean required, boolean multiline, String requiredKey,
                       String tooLongKey) {

    public static final String REQUIRED = "error.text.required";
    public static final String INVISIBLE_ONLY = "error.text.invisibleOnly";
    public static final String TOO_LONG = "error.text.tooLong";

    /** The reason a person gives for a decision (merge, refusal, revocation): required, several lines, 1,000. */
    public static final TextRule REASON = new TextRule("common.reason", TextLimits.NOTE, true, true,
            "error.reasonRequired", TOO_LONG);

    /** A required single line (name, code, title). */
    public static TextRule line(String fieldKey, int max) {
        return new TextRule(fieldKey, max, true, false, REQUIRED, TOO_LONG);
    }

    /** Required text of several lines (a reason, a description). */
    public static TextRule block(String fieldKey, int max) {
        return new TextRule(fieldKey, max, true, true, REQUIRED, TOO_LONG);
    }

    public TextRule optional() {
        return new TextRule(fieldKey, max, false, multiline, requiredKey, tooLongKey);
    }

    /** Own messages for "required" and "too long", with the same arguments as the generic ones. */
    public TextRule messages(String requiredMessageKey, String tooLongMessageKey) {
        return new TextRule(fieldKey, max, required, multiline, requiredMessageKey, tooLongMessageKey);
    }

    /**
     * The text to store: cleaned (see {@link CleanText}), null when optional and nothing visible was entered.
     *
     * @throws BusinessException when required and empty, when only invisible characters were entered into a required
     *                           field, or when longer than {@link #max} characters
     */
    public String clean(String raw) {
        String text = multiline ? CleanText.block(raw) : CleanText.line(raw);
        if (text.isEmpty()) {
            if (!required) return null;
            if (CleanText.isInvisibleOnly(raw)) throw new BusinessException(INVISIBLE_ONLY, fieldKey);
            throw REQUIRED.equals(requiredKey) ? new BusinessException(REQUIRED, fieldKey)
                    : new BusinessException(requiredKey);
        }
        int length = CleanText.length(text);
        if (length > max) {
            throw TOO_LONG.equals(tooLongKey) ? new BusinessException(TOO_LONG, fieldKey, max, length)
                    : new BusinessException(tooLongKey, max);
        }
        return text;
    }
}
