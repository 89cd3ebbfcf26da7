package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of plain figure tiles (label and value, nothing to click) drawn from one element: the markup of every tile
 * is in the row's {@code innerHTML}, so a row of five tiles is one state node in each open session instead of ten
 * ({@link KpiTile} is two, and stays the choice where a feature adds a link or a component to its tile).
 */
public class KpiRow extends Div {

    private final List<String> texts = new ArrayList<>();
    private final StringBuilder html = new StringBuilder(512);

    public KpiRow() {
        addClassName("tile-row");
    }

    public KpiRow tile(String label, String value) {
        texts.add(label + " " + value);
        html.append("<div class=\"kpi-tile\">").append(KpiTile.markup(label, value, null)).append("</div>");
        getElement().setProperty("innerHTML", html.toString());
        return this;
    }

    /** What each tile reads as (label and value), in order. */
    public List<String> texts() {
        return List.copyOf(texts);
    }
}
