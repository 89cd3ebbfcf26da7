package vn.egov.console.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.i18n.Formats;

class SvgChartRendererTest {

    @Test
    void drawsALineWithGapsAndEscapedLabels() {
        var spec = new ChartSpec(ChartType.LINE, "Tỷ lệ <ký số>", List.of("2019", "2020", "2021"),
                List.of(Series.of("Ký số & điện tử", List.of(0.18, Double.NaN, 0.5))), ValueFormat.PERCENT, 1.0);
        String svg = SvgChartRenderer.render(spec, Formats.VIETNAMESE);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("aria-label=\"Tỷ lệ &lt;ký số&gt;\"").contains("Ký số &amp; điện tử");
        assertThat(svg).as("the gap starts a new stroke").containsPattern("d=\"M[^\"]+ M[^\"]+\"");
        assertThat(svg).contains("18%");
    }

    @Test
    void barsScaleToANiceMaximum() {
        var spec = new ChartSpec(ChartType.BAR, "n", List.of("a", "b"),
                List.of(Series.of("x", List.of(37.0, 12.0))), ValueFormat.NUMBER, null);
        String svg = SvgChartRenderer.render(spec, Formats.VIETNAMESE);
        assertThat(svg).contains("<rect").contains(">50<");
        assertThat(SvgChartRenderer.niceMax(37)).isEqualTo(50);
        assertThat(SvgChartRenderer.niceMax(0.9)).isEqualTo(1);
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> new ChartSpec(ChartType.BAR, "n", List.of("a"), List.of(Series.of("x", List.of())),
                ValueFormat.NUMBER, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
