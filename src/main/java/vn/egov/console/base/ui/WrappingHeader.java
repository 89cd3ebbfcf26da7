package vn.egov.console.base.ui;

import com.vaadin.flow.component.html.Span;

/** A grid column header that wraps onto a second line instead of being cut off; for narrow figure columns. */
public class WrappingHeader extends Span {

    public WrappingHeader(String text) {
        super(text);
        addClassName("wrap-header");
    }
}
