package vn.egov.console.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.LazyChoices;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.certificate.CertificateExportService;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.SummaryFigure;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;

/** The certificate register within the caller's scope, with filters; the summary's figures drill down to here. */
@Route("certificates")
@PermitAll
@Menu(title = "nav.certificates", order = 40, icon = "vaadin:diploma")
public class CertificatesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CertificateService service;
    final ComboBox<Tier> tier = new ComboBox<>();
    final ComboBox<CertificateKind> kind = new ComboBox<>();
    final ComboBox<CertificateStatus> status = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final IntegerField expiringWithin = new IntegerField();
    final ComboBox<SummaryFigure> figure = new ComboBox<>();
    final TextField search = new TextField();
    final Span total = new Span();
    final Button newRequest = new Button();
    final Button importFile = new Button();
    final ExportLink exportCsv;
    final ExportLink exportXlsx;
    final CertificateGrid grid;
    private boolean loading;

    CertificatesView(CertificateService service, CertificateExportService exports) {
        this.service = service;
        addClassName("page");
        addClassName("page-fill");
        this.grid = new CertificateGrid(service, this::filter, true);
        this.exportCsv = exportLink(exports, ExportFormat.CSV);
        this.exportXlsx = exportLink(exports, ExportFormat.XLSX);
        grid.setId("certificates-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        add(header(), toolbar(), grid);
        refresh();
    }

    private ViewHeader header() {
        ViewHeader header = new ViewHeader(getTranslation("nav.certificates"), getTranslation("certificate.subtitle"));
        newRequest.setText(getTranslation("certificate.action.requestNew"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addClickListener(e -> new NewRequestDialog(service, r -> refresh()).open());
        importFile.setText(getTranslation("certificate.action.import"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.addThemeVariants(ButtonVariant.PRIMARY);
        importFile.addClickListener(e -> new IssueDialog(service, null, r -> refresh()).open());
        Button summary = new Button(getTranslation("nav.certificateSummary"),
                e -> getUI().ifPresent(ui -> ui.navigate(CertificateSummaryView.class)));
        Button requests = new Button(getTranslation("nav.certificateRequests"),
                e -> getUI().ifPresent(ui -> ui.navigate(CertificateRequestsView.class)));
        if (service.isAdmin()) header.actions(importFile, summary, requests);
        else if (service.canRequest()) header.actions(newRequest, summary, requests);
        else header.actions(summary);
        header.actions(exportCsv, exportXlsx);
        return header;
    }

    /** Exports what the register shows when the link is clicked: the same filter, the same order. */
    private ExportLink exportLink(CertificateExportService exports, ExportFormat format) {
        Locale locale = getLocale();
        return new ExportLink(format, "chung-thu-so", () -> new RegisterState(filter(), grid.currentSort()),
                (register, out) -> exports.export(register.filter(), register.sort(), format,
                        key -> getTranslation(locale, key), out));
    }

    private Div toolbar() {
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        tier.setPlaceholder(getTranslation("unit.tier"));
        kind.setItems(CertificateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setPlaceholder(getTranslation("certificate.kind"));
        status.setItems(CertificateStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setPlaceholder(getTranslation("certificate.status"));
        unit.setItemLabelGenerator(UnitSummary::name);
        LazyChoices.load(unit, service::units);
        unit.setPlaceholder(getTranslation("certificate.unit"));
        unit.setWidth("18em");
        expiringWithin.setPlaceholder(getTranslation("certificate.filter.expiringWithin"));
        expiringWithin.setMin(0);
        expiringWithin.setMax(3650);
        expiringWithin.setWidth("12em");
        expiringWithin.setSuffixComponent(new Span(getTranslation("certificate.days")));
        expiringWithin.setAriaLabel(getTranslation("certificate.filter.expiringWithin"));
        figure.setItems(SummaryFigure.values());
        figure.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        figure.setPlaceholder(getTranslation("certificate.figure"));
        search.setPlaceholder(getTranslation("certificate.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (var field : List.of(tier, kind, status, unit, figure)) field.setClearButtonVisible(true);
        search.setClearButtonVisible(true);
        expiringWithin.setClearButtonVisible(true);
        tier.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        figure.addValueChangeListener(e -> refresh());
        expiringWithin.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        total.addClassName("cert-total");
        Div bar = new Div(tier, kind, status, figure, unit, expiringWithin, search, total);
        bar.addClassName("toolbar");
        return bar;
    }

    CertificateFilter filter() {
        Integer days = expiringWithin.getValue();
        return new CertificateFilter(tier.getValue(), kind.getValue(), status.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), days, search.getValue(), figure.getValue());
    }

    void refresh() {
        if (loading) return;
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("certificate.count", Formats.number(service.count(filter()), getLocale())));
    }

    /** Drill-down links carry the filter in the query: ?tier=PROVINCE&kind=AGENCY&figure=HANDED_OVER */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        loading = true;
        try {
            params.getSingleParameter("tier").map(v -> parse(Tier.class, v)).ifPresent(tier::setValue);
            params.getSingleParameter("kind").map(v -> parse(CertificateKind.class, v)).ifPresent(kind::setValue);
            params.getSingleParameter("status").map(v -> parse(CertificateStatus.class, v)).ifPresent(status::setValue);
            params.getSingleParameter("figure").map(v -> parse(SummaryFigure.class, v)).ifPresent(figure::setValue);
            params.getSingleParameter("days").filter(v -> v.matches("\\d{1,4}")).map(Integer::valueOf)
                    .ifPresent(expiringWithin::setValue);
        } finally {
            loading = false;
        }
        refresh();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What an export repeats of the register: its filter and its order. */
    private record RegisterState(CertificateFilter filter, Sort sort) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates") + " · " + getTranslation("app.title");
    }
}
