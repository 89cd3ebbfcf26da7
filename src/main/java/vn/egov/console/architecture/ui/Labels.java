package vn.egov.console.architecture.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.base.i18n.Formats;

/** How the roadmap screens word versions, statuses and deadlines. */
final class Labels {

    private Labels() {
    }

    static String version(ArchitectureVersion v) {
        UI ui = UI.getCurrent();
        String decision = v.decisionNumber() == null ? ui.getTranslation("architecture.decisionMissing")
                : v.decisionDate() == null ? ui.getTranslation("architecture.decisionNoDate", v.decisionNumber())
                : ui.getTranslation("architecture.decision", v.decisionNumber(), Formats.date(v.decisionDate()));
        return v.name() + " (" + v.period() + ") · " + ui.getTranslation("architecture.versionStatus." + v.status())
                + " · " + decision;
    }

    static String status(TaskStatus s) {
        return UI.getCurrent().getTranslation("architecture.status." + s.name());
    }

    /** The task's status as a badge; an overdue or due-soon open task says so instead. */
    static Span badge(TaskRow t) {
        UI ui = UI.getCurrent();
        String text;
        String theme;
        if (t.overdue()) {
            text = ui.getTranslation("architecture.overdue");
            theme = "error";
        } else if (t.dueSoon()) {
            text = ui.getTranslation("architecture.dueSoon");
            theme = "warning";
        } else {
            text = status(t.status());
            theme = switch (t.status()) {
                case DONE -> "success";
                case CANCELLED, CARRIED_OVER -> "contrast";
                default -> "";
            };
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    static String slippage(TaskRow t) {
        Long days = t.slippageDays();
        if (days == null || days == 0) return "";
        return (days > 0 ? "+" : "") + days + " " + UI.getCurrent().getTranslation("architecture.days");
    }

    static String money(Long vnd) {
        if (vnd == null) return "";
        return Formats.number(Math.round(vnd / 1_000_000.0), UI.getCurrent().getLocale());
    }
}
