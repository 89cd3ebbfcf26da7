package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;

/** The certificate register, loaded page by page from the database with the current filter; a click opens one. */
class CertificateGrid extends Grid<CertificateRow> {

    CertificateGrid(CertificateService service, Supplier<CertificateFilter> filter, boolean showUnit) {
        var today = service.today();
        addColumn(CertificateRow::holderName).setHeader(getTranslation("certificate.holder")).setSortProperty("holderName")
                .setWidth("16rem").setFlexGrow(3).setResizable(true);
        if (showUnit) {
            addColumn(CertificateRow::unitName).setHeader(getTranslation("certificate.unit")).setSortProperty("unitName")
                    .setWidth("14rem").setFlexGrow(2).setResizable(true);
        }
        addColumn(r -> getTranslation(r.tier().translationKey())).setHeader(getTranslation("unit.tier")).setWidth("7rem").setFlexGrow(0);
        addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("certificate.kind"))
                .setSortProperty("kind").setWidth("10.5rem").setFlexGrow(0);
        addComponentColumn(r -> new StatusBadge(r.status())).setHeader(getTranslation("certificate.status"))
                .setSortProperty("status").setAutoWidth(true);
        addColumn(r -> r.serial() == null ? "" : r.serial()).setHeader(getTranslation("certificate.serial"))
                .setSortProperty("serial").setAutoWidth(true);
        addColumn(r -> Formats.date(r.validTo())).setHeader(getTranslation("certificate.validTo"))
                .setSortProperty("validTo").setAutoWidth(true);
        addComponentColumn(r -> {
            Span days = new Span();
            if (r.validTo() != null && r.status().inUse()) {
                long left = ChronoUnit.DAYS.between(today, r.validTo());
                days.setText(Formats.number(left, getLocale()));
                if (left < CertificateService.RENEWAL_MIN_DAYS) days.addClassName("cert-days-warn");
            }
            return days;
        }).setHeader(getTranslation("certificate.daysLeft")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> Formats.date(r.handedOverOn())).setHeader(getTranslation("certificate.handedOverOn"))
                .setSortProperty("handedOverOn").setAutoWidth(true);
        setItemsPageable(page -> service.search(filter.get(), page), page -> (int) service.count(filter.get()));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("certificates/" + e.getItem().id())));
        addClassName("fill");
    }

    /** The order the user chose by clicking column headers, for an export in the same order. */
    Sort currentSort() {
        return Sort.by(getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(q -> q.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(q.getSorted())
                        : Sort.Order.desc(q.getSorted()))
                .toList());
    }
}
