package vn.egov.console.base.ui.chart;

import com.vaadin.flow.component.html.Div;

/**
 * The console's one chart component: line or bar charts drawn on the server as SVG ({@link SvgChartRenderer}), so
 * features need no JavaScript library, no npm and no licence key. Swap the renderer here to change every chart.
 */
public class Chart extends Div {

    private ChartSpec spec;

    public Chart() {
        addClassName("egov-chart");
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setProperty("innerHTML", SvgChartRenderer.render(spec, getLocale()));
    }

    public ChartSpec getSpec() {
        return spec;
    }
}
