package vn.egov.console.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.portal.ComplianceIssue;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalExportService;
import vn.egov.console.portal.PortalFilter;
import vn.egov.console.portal.PortalService;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/** The portal registry within the caller's scope, with live state and compliance flags on every line. */
@Route("portals")
@PermitAll
@Menu(title = "nav.portals", order = 20, icon = "vaadin:globe")
public class PortalsView extends Div implements HasDynamicTitle {

    private final PortalService service;
    final Grid<Portal> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<ComplianceIssue> issueFilter = new ComboBox<>();
    final Button create = new Button();
    private List<Portal> all = List.of();
    private Map<Long, Set<ComplianceIssue>> issues = Map.of();

    PortalsView(PortalService service, PortalExportService exports, CurrentUser currentUser) {
        this.service = service;
        Role role = currentUser.require().role();
        addClassName("page");
        addClassName("page-fill");
        ViewHeader header = new ViewHeader(getTranslation("nav.portals"), getTranslation("portal.subtitle"));
        create.setText(getTranslation("portal.action.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new PortalFormDialog(service, null, p -> open(p.id())).open());
        Button board = new Button(getTranslation("nav.portalCompliance"), VaadinIcon.CLIPBOARD_CHECK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ComplianceView.class)));
        if (role != Role.LEADER) header.actions(board, create);
        else header.actions(board);
        header.actions(exportLink(exports, ExportFormat.CSV), exportLink(exports, ExportFormat.XLSX));
        add(header, toolbar(), grid());
        refresh();
    }

    private Div toolbar() {
        search.setPlaceholder(getTranslation("portal.search"));
        search.setAriaLabel(getTranslation("portal.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        issueFilter.setPlaceholder(getTranslation("portal.filter.anyIssue"));
        issueFilter.setAriaLabel(getTranslation("portal.filter.issue"));
        issueFilter.setItems(ComplianceIssue.values());
        issueFilter.setItemLabelGenerator(i -> getTranslation(i.translationKey()));
        issueFilter.setClearButtonVisible(true);
        issueFilter.addValueChangeListener(e -> applyFilter());
        Div bar = new Div(search, issueFilter);
        bar.addClassName("toolbar");
        return bar;
    }

    private Grid<Portal> grid() {
        Locale locale = getLocale();
        grid.setId("portals-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addColumn(LitRenderer.<Portal>of("<div class=\"portal-cell\"><span class=\"portal-name\">${item.name}</span>"
                        + "<a class=\"portal-url\" href=\"${item.url}\" target=\"_blank\" rel=\"noopener noreferrer\">"
                        + "${item.url}</a></div>")
                .withProperty("name", Portal::name).withProperty("url", Portal::url))
                .setHeader(getTranslation("portal.name")).setWidth("20rem").setFlexGrow(3).setResizable(true);
        grid.addColumn(Portal::unitName).setHeader(getTranslation("portal.unit")).setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(Portal::unitName).setResizable(true);
        grid.addColumn(LitRenderer.<Portal>of("<div class=\"portal-cell\"><span theme=\"${item.theme}\" "
                        + "class=\"${item.stateClass}\">${item.state}</span>"
                        + "<span class=\"portal-url\">${item.when}</span></div>")
                .withProperty("state", p -> getTranslation(PortalService.stateOf(p).translationKey()))
                .withProperty("theme", p -> PortalFormat.stateTheme(PortalService.stateOf(p)))
                .withProperty("stateClass", p -> PortalFormat.stateClass(PortalService.stateOf(p)))
                .withProperty("when", p -> PortalFormat.when(p.lastCheckAt(), this::getTranslation)))
                .setHeader(getTranslation("portal.stateAndLastCheck")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(p -> p.tlsExpiresAt() == null ? "—"
                        : Formats.number(service.tlsDaysLeft(p), locale))
                .setHeader(getTranslation("portal.tlsShort")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.lastContentUpdate() == null ? "—" : Formats.date(p.lastContentUpdate()))
                .setHeader(getTranslation("portal.lastUpdateShort")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<Portal>of("<span class=\"issue-badges\">${item.issues.map(i => "
                        + "html`<span theme=\"${i.theme}\">${i.text}</span>`)}</span>")
                .withProperty("issues", p -> issues.getOrDefault(p.id(), Set.of()).stream()
                        .map(i -> Map.of("text", getTranslation(i.translationKey()), "theme", PortalFormat.issueTheme(i)))
                        .toList())).setHeader(getTranslation("portal.issues")).setWidth("14rem").setFlexGrow(2);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addClassName("fill");
        return grid;
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PortalDetailView.class, new RouteParameters("id", String.valueOf(id))));
    }

    void refresh() {
        all = service.list();
        issues = all.stream().collect(Collectors.toMap(Portal::id, service::issues));
        applyFilter();
    }

    PortalFilter filter() {
        return new PortalFilter(search.getValue(), issueFilter.getValue());
    }

    private void applyFilter() {
        PortalFilter filter = filter();
        grid.setItems(all.stream().filter(p -> filter.matches(p, issues.getOrDefault(p.id(), Set.of()))).toList());
    }

    /** Exports the register as filtered when the link is clicked. */
    private ExportLink exportLink(PortalExportService exports, ExportFormat format) {
        Locale locale = getLocale();
        return new ExportLink(format, "cong-thong-tin-dien-tu", this::filter,
                (filter, out) -> exports.export(filter, format, key -> getTranslation(locale, key), out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portals") + " · " + getTranslation("app.title");
    }
}
