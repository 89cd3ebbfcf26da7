package vn.egov.console.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid cell shown as a Lumo badge without a server-side component per row: a {@link LitRenderer} draws it in the
 * browser from three strings (text, badge theme, tooltip), so a grid of thousands of rows keeps no component, no state
 * node and no listener per rendered row in the user's session. Measured: the mailbox grid scrolled to row 2,000 held
 * about 500 state nodes for its status badges alone (docs/benchmarks.md, "Memory per session").
 */
public final class Badges {

    private Badges() {
    }

    /** A badge with the given text and theme ("success", "error", "contrast", "" …) and no tooltip. */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> theme) {
        return of(text, theme, item -> "");
    }

    /** A badge with a tooltip (the {@code title} attribute; empty for none). */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> text, ValueProvider<T, String> theme,
                                        ValueProvider<T, String> title) {
        return LitRenderer.<T>of("<span theme=\"${item.theme}\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("theme", item -> ("badge " + theme.apply(item)).strip())
                .withProperty("title", title);
    }
}
