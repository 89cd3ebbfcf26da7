package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Anchor;
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
        figures.getElement().setProperty("innerHTML", markup(label, value, this.hint));
        add(figures);
    }

    /**
     * A tile that opens a screen of the console when clicked: one anchor element with the tile's markup inside, one
     * state node where an anchor around a tile component is three. Plain {@code href}s are routed by the Flow client.
     */
    public static Anchor linked(String label, String value, String hint, String route) {
        Anchor link = new Anchor();
        link.setHref(route);
        link.addClassName("tile-link");
        link.getElement().setProperty("innerHTML", "<div class=\"kpi-tile\">"
                + markup(label, value, hint == null || hint.isBlank() ? null : hint) + "</div>");
        return link;
    }

    /** The tile's spans (label, value, optional hint) as markup, for this tile and the rows drawn in one element. */
    static String markup(String label, String value, String hint) {
        StringBuilder html = new StringBuilder(160)
                .append("<span class=\"kpi-label\">").append(HtmlText.escape(label)).append("</span>")
                .append("<span class=\"kpi-value\">").append(HtmlText.escape(value)).append("</span>");
        if (hint != null) html.append("<span class=\"kpi-hint\">").append(HtmlText.escape(hint)).append("</span>");
        return html.toString();
    }

    /** What the tile reads as: label, value and hint, separated by spaces. */
    public String text() {
        return hint == null ? label + " " + value : label + " " + value + " " + hint;
    }

    public String value() {
        return value;
    }
}
