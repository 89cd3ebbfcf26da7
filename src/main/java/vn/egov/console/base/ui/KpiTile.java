package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A figure with its label, as on every overview screen.
 * <p>
 * Label, value and hint are one piece of markup in one element ({@code display: contents}, so the tile's layout sees
 * the three spans as its own children), not three spans with a text node each: two state nodes per tile instead of
 * seven, on screens that show ten or more tiles to every user. Features may still add components (a link) after it.
 */
public class KpiTile extends Div {

    private final String label;
    private final String value;
    private final String hint;

    public KpiTile(String label, String value, String hint) {
        this.label = label;
        this.value = value;
        this.hint = hint == null || hint.isBlank() ? null : hint;
        addClassName("kpi-tile");
        Span figures = new Span();
        figures.addClassName("kpi-figures");
        StringBuilder html = new StringBuilder(160)
                .append("<span class=\"kpi-label\">").append(HtmlText.escape(label)).append("</span>")
                .append("<span class=\"kpi-value\">").append(HtmlText.escape(value)).append("</span>");
        if (this.hint != null) html.append("<span class=\"kpi-hint\">").append(HtmlText.escape(this.hint)).append("</span>");
        figures.getElement().setProperty("innerHTML", html.toString());
        add(figures);
    }

    /** What the tile reads as: label, value and hint, separated by spaces. */
    public String text() {
        return hint == null ? label + " " + value : label + " " + value + " " + hint;
    }

    public String value() {
        return value;
    }
}
