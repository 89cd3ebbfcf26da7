package vn.egov.console.base.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.egov.console.base.text.CleanText;

/** Vietnamese text compared the way people type it: without accents, without case. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    /** "Ủy ban nhân dân phường Đống Đa" → "uy ban nhan dan phuong dong da" (đ is a letter, not an accent: → d). */
    public static String fold(String text) {
        if (text == null) return "";
        String noMarks = MARKS.matcher(Normalizer.normalize(CleanText.line(text), Normalizer.Form.NFD)).replaceAll("");
        return noMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
