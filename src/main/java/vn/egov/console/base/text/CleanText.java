package vn.egov.console.base.text;

import java.text.Normalizer;

/**
 * Text as people meant to type it, whatever their keyboard, IME or clipboard added: Unicode NFC (so a name typed with
 * combining accents is stored, compared and searched like the same name typed precomposed), no leading or trailing
 * spaces of any kind (no-break, ideographic, zero-width, byte-order mark), runs of spaces inside a line made one
 * space, and invisible formatting characters dropped. Lengths are counted in code points, as MariaDB's utf8mb4
 * columns count them, so an emoji is one character, not two.
 *
 * <p>Every form, import and search goes through here (directly or via {@link TextRule}); see
 * docs/decisions/0051-text-normalisation.md.
 */
public final class CleanText {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private CleanText() {
    }

    /** One line of text (a name, a code, a title): "" when nothing visible is left. Never returns null. */
    public static String line(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        return Normalizer.normalize(squeeze(raw, false), Normalizer.Form.NFC);
    }

    /** Several lines (a note, a reason): like {@link #line} inside each line, line breaks kept, at most one blank line. */
    public static String block(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        return Normalizer.normalize(squeeze(raw, true), Normalizer.Form.NFC);
    }

    /** A search term, cleaned like stored text so NFD and NFC spellings find the same rows; null when blank. */
    public static String searchTerm(String raw) {
        String s = line(raw);
        return s.isEmpty() ? null : s;
    }

    /** Characters as a reader (and MariaDB) counts them: code points. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Whether a person would see anything: false for null, spaces, no-break and zero-width characters alone. */
    public static boolean hasVisibleText(String raw) {
        return !line(raw).isEmpty();
    }

    /** Whether the raw input held something, but nothing a person could see (zero-width or no-break spaces, say). */
    public static boolean isInvisibleOnly(String raw) {
        if (raw == null || raw.isEmpty() || hasVisibleText(raw)) return false;
        return raw.codePoints().anyMatch(cp -> cp != ' ' && cp != '\t' && cp != '\r' && cp != '\n');
    }

    private static String squeeze(String raw, boolean keepLineBreaks) {
        var out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        int pendingBreaks = 0;
        boolean visibleSeen = false;
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (keepLineBreaks && (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == '\r')) {
                if (cp == '\r' && i < raw.length() && raw.charAt(i) == '\n') i++;
                pendingBreaks++;
                pendingSpace = false;
            } else if (isSpace(cp)) {
                pendingSpace = true;
            } else if (isDropped(cp)) {
                // invisible and meaningless in our data: a zero-width space or BOM pasted from a web page or Word
            } else {
                if (visibleSeen) {
                    if (pendingBreaks > 0) out.append(pendingBreaks > 1 ? "\n\n" : "\n");
                    else if (pendingSpace) out.append(' ');
                }
                out.appendCodePoint(cp);
                if (isVisible(cp)) visibleSeen = true;
                pendingSpace = false;
                pendingBreaks = 0;
            }
        }
        return visibleSeen ? stripJoiners(out) : "";
    }

    /** A joiner at either end joins nothing (inside, it shapes emoji sequences, so it stays there). */
    private static String stripJoiners(StringBuilder s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJoiner(s.charAt(start))) start++;
        while (end > start && isJoiner(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    private static boolean isJoiner(int cp) {
        return cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER;
    }

    private static boolean isSpace(int cp) {
        // isSpaceChar covers the no-break (U+00A0, U+2007, U+202F) and ideographic spaces that isWhitespace misses
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL
                || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0 || cp == 0x2800;
    }

    private static boolean isDropped(int cp) {
        return Character.getType(cp) == Character.FORMAT && !isJoiner(cp) && !(cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** A letter, digit, symbol or punctuation mark: what makes text more than decoration. */
    private static boolean isVisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.FORMAT, Character.CONTROL, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
