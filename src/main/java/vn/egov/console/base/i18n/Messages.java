package vn.egov.console.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The UI's translations for code that runs outside a UI: notifications, e-mails, reports, scheduled jobs. Reads the
 * same files Vaadin reads ({@code vaadin-i18n/translations*.properties}).
 */
@Component
public class Messages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Formats.VIETNAMESE : locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String get(String languageTag, String key, Object... args) {
        return get(Formats.localeOf(languageTag), key, args);
    }
}
