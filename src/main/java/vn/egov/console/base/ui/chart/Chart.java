package vn.egov.console.base.ui.chart;

import com.vaadin.flow.component.html.Div;

/**
 * The console's one chart component: line or bar charts drawn on the server as SVG ({@link SvgChartRenderer}), so
 * features need no JavaScript library, no npm and no licence key. Swap the renderer here to change every chart.
 * <p>
 * The SVG is sent to the browser once and not kept in the element's state (10–20 KB per chart in every open
 * dashboard of every user); the chart keeps only its spec and draws again if it is attached again.
 */
public class Chart extends Div {

    private ChartSpec spec;

    public Chart() {
        addClassName("egov-chart");
        addAttachListener(e -> {
            if (!e.isInitialAttach()) draw();
        });
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        draw();
    }

    private void draw() {
        if (spec != null) getElement().executeJs("this.innerHTML = $0", svg());
    }

    /** The SVG as drawn in the browser. */
    public String svg() {
        return spec == null ? "" : SvgChartRenderer.render(spec, getLocale());
    }

    public ChartSpec getSpec() {
        return spec;
    }
}
