package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.KpiTile;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.certificate.TierKindSummary;
import vn.egov.console.organization.Tier;

/** The tier × kind table of handed-over certificates (the 150 / 177 / 92 + 53 table); every figure drills down. */
@Route("certificates/summary")
@PermitAll
@Menu(title = "nav.certificateSummary", order = 41, icon = "vaadin:table")
public class CertificateSummaryView extends Div implements HasDynamicTitle {

    /** One line of the table: a tier, or the total when {@code tier} is null. */
    record Line(Tier tier, Map<CertificateKind, long[]> figures) {

        long get(CertificateKind kind, SummaryFigure figure) {
            if (kind == null) {
                long sum = 0;
                for (long[] f : figures.values()) sum += f[figure.ordinal()];
                return sum;
            }
            return figures.get(kind)[figure.ordinal()];
        }
    }

    final Grid<Line> table = new Grid<>();
    final List<Line> lines;

    CertificateSummaryView(CertificateService service) {
        addClassName("page");
        this.lines = lines(service.summary(null));
        Line total = lines.getLast();
        add(new ViewHeader(getTranslation("nav.certificateSummary"), getTranslation("certificate.summary.subtitle")));
        Div tiles = new Div(
                tile("certificate.summary.agencyHandedOver", total.get(CertificateKind.AGENCY, SummaryFigure.HANDED_OVER)),
                tile("certificate.summary.personalHandedOver", total.get(CertificateKind.PERSONAL, SummaryFigure.HANDED_OVER)),
                tile("certificateFigure.EXPIRING", total.get(null, SummaryFigure.EXPIRING)),
                tile("certificateFigure.EXPIRED", total.get(null, SummaryFigure.EXPIRED)));
        tiles.addClassName("tile-row");
        add(tiles, table());
    }

    private KpiTile tile(String key, long value) {
        return new KpiTile(getTranslation(key), Formats.number(value, getLocale()), null);
    }

    static List<Line> lines(List<TierKindSummary> rows) {
        List<Line> result = new ArrayList<>();
        Map<CertificateKind, long[]> all = empty();
        for (Tier tier : Tier.values()) {
            Map<CertificateKind, long[]> figures = empty();
            for (TierKindSummary row : rows) {
                if (row.tier() != tier) continue;
                for (SummaryFigure f : SummaryFigure.values()) {
                    figures.get(row.kind())[f.ordinal()] += row.figure(f);
                    all.get(row.kind())[f.ordinal()] += row.figure(f);
                }
            }
            result.add(new Line(tier, figures));
        }
        result.add(new Line(null, all));
        return result;
    }

    private static Map<CertificateKind, long[]> empty() {
        Map<CertificateKind, long[]> m = new LinkedHashMap<>();
        for (CertificateKind k : CertificateKind.values()) m.put(k, new long[SummaryFigure.values().length]);
        return m;
    }

    private Component table() {
        table.setId("certificate-summary");
        table.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        table.addColumn(l -> l.tier() == null ? getTranslation("certificate.summary.total")
                : getTranslation(l.tier().translationKey())).setHeader(getTranslation("unit.tier")).setWidth("9rem").setFlexGrow(1);
        figureColumn(CertificateKind.AGENCY, SummaryFigure.HANDED_OVER, "certificate.summary.agencyHandedOver");
        figureColumn(CertificateKind.PERSONAL, SummaryFigure.HANDED_OVER, "certificate.summary.personalHandedOver");
        figureColumn(null, SummaryFigure.HANDED_OVER, "certificate.summary.allHandedOver");
        for (SummaryFigure f : List.of(SummaryFigure.IN_FORCE, SummaryFigure.EXPIRING, SummaryFigure.EXPIRED,
                SummaryFigure.REVOKED)) {
            figureColumn(null, f, f.translationKey());
        }
        table.setItems(lines);
        table.setAllRowsVisible(true);
        table.setPartNameGenerator(l -> l.tier() == null ? "total-row" : null);
        Div panel = new Div(new H2(getTranslation("certificate.summary.table")), table,
                new Paragraph(getTranslation("certificate.summary.note")));
        panel.addClassName("panel");
        return panel;
    }

    private void figureColumn(CertificateKind kind, SummaryFigure figure, String headerKey) {
        table.addComponentColumn(l -> link(l, kind, figure)).setHeader(new WrappingHeader(getTranslation(headerKey)))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
    }

    /** The figure as a link to exactly the rows it counts. */
    private Component link(Line line, CertificateKind kind, SummaryFigure figure) {
        long value = line.get(kind, figure);
        String text = Formats.number(value, getLocale());
        if (value == 0) return new Span(text);
        Map<String, String> query = new LinkedHashMap<>();
        if (line.tier() != null) query.put("tier", line.tier().name());
        if (kind != null) query.put("kind", kind.name());
        query.put("figure", figure.name());
        RouterLink link = new RouterLink(text, CertificatesView.class);
        link.setQueryParameters(QueryParameters.simple(query));
        if (line.tier() == null) link.addClassName("cert-total-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificateSummary") + " · " + getTranslation("app.title");
    }
}
