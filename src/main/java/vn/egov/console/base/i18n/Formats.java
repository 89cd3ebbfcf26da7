package vn.egov.console.base.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How the console writes numbers and dates. Vietnamese conventions by default (8.329; 23/11/2026); English users get
 * 8,329 and the same day-first dates, because official documents in Vietnam are always day-first.
 */
public final class Formats {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale == null ? VIETNAMESE : locale).format(value);
    }

    public static String percent(double ratio, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale == null ? VIETNAMESE : locale);
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(TemporalAccessor value) {
        if (value == null) return "";
        if (value instanceof LocalDateTime || value instanceof ZonedDateTime) return DATE_TIME.format(value);
        throw new IllegalArgumentException("Not a date-time: " + value);
    }

    /** Locale for a stored language tag ("vi" or "en"); anything unknown is Vietnamese. */
    public static Locale localeOf(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? ENGLISH : VIETNAMESE;
    }
}
