package vn.egov.console.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.portal.ComplianceIssue;
import vn.egov.console.portal.StatusEntry;

/** Small shared pieces of the portal views: badges, day-first date pickers, "never checked" wording. */
final class PortalFormat {

    private PortalFormat() {
    }

    static Span stateBadge(StatusEntry.State state, Function<String, String> t) {
        Span badge = new Span(t.apply(state.translationKey()));
        badge.getElement().getThemeList().add(stateTheme(state));
        badge.addClassName(stateClass(state));
        return badge;
    }

    static String stateTheme(StatusEntry.State state) {
        return "badge " + switch (state) {
            case UP -> "success";
            case DOWN -> "error primary";
            case DEGRADED -> "error";
            case PAUSED, NEVER_CHECKED -> "contrast";
        };
    }

    static String stateClass(StatusEntry.State state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT);
    }

    static String issueTheme(ComplianceIssue issue) {
        return "badge " + (issue == ComplianceIssue.DOWN ? "error primary" : "warning");
    }

    static Component issueBadges(java.util.Collection<ComplianceIssue> issues, Function<String, String> t) {
        Span row = new Span();
        row.addClassName("issue-badges");
        for (ComplianceIssue issue : issues) {
            Span b = new Span(t.apply(issue.translationKey()));
            b.getElement().getThemeList().add(issueTheme(issue));
            row.add(b);
        }
        return row;
    }

    static String when(Instant instant, Function<String, String> t) {
        return instant == null ? t.apply("portal.neverChecked") : Formats.dateTime(instant.atZone(ProvinceTime.ZONE));
    }

    static String percent(Double ratio, Locale locale, Function<String, String> t) {
        return ratio == null ? t.apply("portal.noData") : Formats.percent(ratio, locale);
    }

    static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setLocale(Formats.VIETNAMESE);
        return picker;
    }

    static <T> String joined(List<T> values, Function<T, String> f) {
        return String.join(", ", values.stream().map(f).toList());
    }
}
