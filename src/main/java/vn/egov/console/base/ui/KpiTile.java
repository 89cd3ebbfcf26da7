package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure with its label, as on every overview screen. */
public class KpiTile extends Div {

    public KpiTile(String label, String value, String hint) {
        addClassName("kpi-tile");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("kpi-value");
        add(labelSpan, valueSpan);
        if (hint != null && !hint.isBlank()) {
            Span hintSpan = new Span(hint);
            hintSpan.addClassName("kpi-hint");
            add(hintSpan);
        }
    }
}
