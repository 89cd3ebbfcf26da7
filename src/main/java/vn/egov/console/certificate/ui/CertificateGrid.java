package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.Badges;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;

/** The certificate register, loaded page by page from the database with the current filter; a click opens one. */
class CertificateGrid extends Grid<CertificateRow> {

    CertificateGrid(CertificateService service, Supplier<CertificateFilter> filter, boolean showUnit) {
        var today = service.today();
        // holders and units are long Vietnamese names: they wrap, so the whole register fits a 1366-pixel screen
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        addColumn(CertificateRow::holderName).setHeader(getTranslation("certificate.holder")).setSortProperty("holderName")
                .setWidth("9rem").setFlexGrow(3).setResizable(true);
        if (showUnit) {
            addColumn(CertificateRow::unitName).setHeader(getTranslation("certificate.unit")).setSortProperty("unitName")
                    .setWidth("9rem").setFlexGrow(2).setResizable(true);
        }
        addColumn(r -> getTranslation(r.tier().translationKey())).setHeader(getTranslation("unit.tier"))
                .setWidth("7rem").setFlexGrow(0);
        addColumn(r -> getTranslation(r.kind().translationKey()))
                .setHeader(new WrappingHeader(getTranslation("certificate.kind"))).setSortProperty("kind")
                .setWidth("6.5rem").setFlexGrow(0);
        addColumn(Badges.of(r -> getTranslation(r.status().translationKey()), r -> StatusBadge.theme(r.status())))
                .setHeader(getTranslation("certificate.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        // a serial is 30-40 hex digits without spaces: cut, with the whole of it in the tooltip
        addColumn(LitRenderer.<CertificateRow>of("<span class=\"cut\">${item.serial}</span>")
                        .withProperty("serial", r -> r.serial() == null ? "" : r.serial()))
                .setHeader(getTranslation("certificate.serial")).setSortProperty("serial").setWidth("7rem")
                .setFlexGrow(1).setTooltipGenerator(CertificateRow::serial);
        addColumn(issuer()).setHeader(getTranslation("certificate.issuer")).setWidth("9rem")
                .setFlexGrow(1).setTooltipGenerator(CertificateRow::issuer);
        addColumn(r -> Formats.date(r.validTo())).setHeader(new WrappingHeader(getTranslation("certificate.validTo")))
                .setSortProperty("validTo").setWidth("7.5rem").setFlexGrow(0);
        addColumn(LitRenderer.<CertificateRow>of("<span class=\"${item.warn}\">${item.days}</span>")
                .withProperty("days", r -> {
                    Long left = daysLeft(r, today);
                    return left == null ? "" : Formats.number(left, getLocale());
                })
                .withProperty("warn", r -> {
                    Long left = daysLeft(r, today);
                    return left != null && left < CertificateService.RENEWAL_MIN_DAYS ? "cert-days-warn" : "";
                }))
                .setHeader(new WrappingHeader(getTranslation("certificate.daysLeft"))).setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem").setFlexGrow(0);
        addColumn(r -> Formats.date(r.handedOverOn()))
                .setHeader(new WrappingHeader(getTranslation("certificate.handedOverOn"))).setSortProperty("handedOverOn")
                .setWidth("7.5rem").setFlexGrow(0);
        setItemsPageable(page -> service.search(filter.get(), page), page -> (int) service.count(filter.get()));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("certificates/" + e.getItem().id())));
        addClassName("fill");
    }

    private static Long daysLeft(CertificateRow r, java.time.LocalDate today) {
        return r.validTo() != null && r.status().inUse() ? ChronoUnit.DAYS.between(today, r.validTo()) : null;
    }

    /** The order the user chose by clicking column headers, for an export in the same order. */
    Sort currentSort() {
        return Sort.by(getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(q -> q.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(q.getSorted())
                        : Sort.Order.desc(q.getSorted()))
                .toList());
    }

    /**
     * The issuer's CN; a certificate accepted from an untrusted issuer says so in words, not only by colour. Drawn in
     * the browser (no component per row), like the other cells of this grid.
     */
    private LitRenderer<CertificateRow> issuer() {
        String untrusted = getTranslation("certificate.untrusted.badge");
        return LitRenderer.<CertificateRow>of("<span class=\"cut\">"
                        + "${item.untrusted ? html`<span class=\"cert-untrusted\">${item.mark}</span> ` : ''}"
                        + "${item.name}</span>")
                .withProperty("untrusted", CertificateRow::untrustedIssuer)
                .withProperty("mark", r -> untrusted)
                .withProperty("name", r -> r.issuerName() == null ? "" : r.issuerName());
    }
}
