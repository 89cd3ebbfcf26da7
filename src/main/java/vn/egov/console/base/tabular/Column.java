package vn.egov.console.base.tabular;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A column an import understands: its key in the code and every header a user may write for it (Vietnamese with or
 * without accents, English). Headers are compared case-, accent- and spacing-insensitively.
 */
public record Column(String key, boolean required, Set<String> headers) {

    public static Column required(String key, String... headers) {
        return new Column(key, true, normalised(key, headers));
    }

    public static Column optional(String key, String... headers) {
        return new Column(key, false, normalised(key, headers));
    }

    public boolean matches(String header) {
        return headers.contains(normalise(header));
    }

    private static Set<String> normalised(String key, String... headers) {
        Set<String> all = new LinkedHashSet<>();
        all.add(normalise(key));
        for (String h : headers) all.add(normalise(h));
        return Set.copyOf(all);
    }

    /** "Địa chỉ thư" → "dia chi thu"; "E-mail_Address" → "e mail address". */
    public static String normalise(String header) {
        return vn.egov.console.base.i18n.VietnameseText.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
