package vn.egov.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** Title, optional subtitle and actions at the top of a view. */
public class ViewHeader extends Div {

    private final Div actions = new Div();

    public ViewHeader(String title, String subtitle) {
        addClassName("view-header");
        Div text = new Div(new H1(title));
        if (subtitle != null) {
            Span sub = new Span(subtitle);
            sub.addClassName("view-subtitle");
            text.add(sub);
        }
        actions.addClassName("view-actions");
        add(text, actions);
    }

    public ViewHeader actions(Component... components) {
        actions.add(components);
        return this;
    }
}
