package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.ui.Badges;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.LazyChoices;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.mailbox.MailboxFilter;
import vn.egov.console.mailbox.MailboxImportService;
import vn.egov.console.mailbox.MailboxRequestService;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxService;
import vn.egov.console.mailbox.MailboxSort;
import vn.egov.console.mailbox.MailboxStatus;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/**
 * All official mailboxes in the caller's scope. The grid loads lazily from the database page by page (no count, so
 * it stays quick at 600,000 rows); filters and sort run in SQL; export writes exactly what the filter shows.
 */
@Route("mailboxes")
@PermitAll
@Menu(title = "nav.mailboxes", order = 30, icon = "vaadin:envelopes-o")
public class MailboxesView extends Div implements HasDynamicTitle {

    private final MailboxService service;
    private final MailboxRequestService requests;
    private final MailboxPager pager;
    private final UnitService units;
    private final Actor actor;
    private final Locale locale;
    final Grid<MailboxRow> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    // combo boxes, not selects: a select is a component per option in every open register
    final ComboBox<Tier> tier = new ComboBox<>();
    final ComboBox<MailboxStatus> status = new ComboBox<>();
    final Checkbox inactive = new Checkbox();
    final Button create = new Button();
    final Button importButton = new Button();
    final ExportLink exportCsv;
    final ExportLink exportXlsx;

    MailboxesView(MailboxService service, MailboxRequestService requests, MailboxImportService importer,
                  UnitService units, CurrentUser currentUser) {
        this.service = service;
        this.requests = requests;
        this.pager = new MailboxPager(service);
        this.units = units;
        this.actor = currentUser.require();
        this.locale = getLocale();
        addClassName("page");
        addClassName("page-fill");

        exportCsv = exportLink(ExportFormat.CSV);
        exportXlsx = exportLink(ExportFormat.XLSX);
        create.setText(getTranslation("mailbox.action.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new MailboxFormDialog(service, requests, units, actor, null, r -> refresh()).open());
        importButton.setText(getTranslation("mailbox.action.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addClickListener(e -> new MailboxImportDialog(importer, this::refresh).open());
        RouterLink requestsLink = new RouterLink(getTranslation("nav.mailboxRequests"), MailboxRequestsView.class);
        RouterLink coverageLink = new RouterLink(getTranslation("nav.mailboxCoverage"), MailboxCoverageView.class);
        ViewHeader header = new ViewHeader(getTranslation("nav.mailboxes"), getTranslation("mailbox.subtitle"));
        if (actor.isAdmin()) header.actions(create, importButton);
        header.actions(exportCsv, exportXlsx, requestsLink, coverageLink);
        add(header, toolbar(units), grid());
    }

    private Div toolbar(UnitService units) {
        search.setId("mailbox-search");
        search.setPlaceholder(getTranslation("mailbox.search"));
        search.setAriaLabel(getTranslation("mailbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        unit.setPlaceholder(getTranslation("mailbox.filter.unit"));
        unit.setAriaLabel(getTranslation("mailbox.filter.unit"));
        unit.setItemLabelGenerator(UnitSummary::name);
        LazyChoices.load(unit, units::listActive);
        unit.setClearButtonVisible(true);
        unit.setWidth("22em");
        unit.addValueChangeListener(e -> refresh());
        tier.setPlaceholder(getTranslation("mailbox.filter.allTiers"));
        tier.setClearButtonVisible(true);
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        tier.setAriaLabel(getTranslation("unit.tier"));
        tier.addValueChangeListener(e -> refresh());
        status.setPlaceholder(getTranslation("mailbox.filter.allStatuses"));
        status.setClearButtonVisible(true);
        status.setItems(MailboxStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        status.setAriaLabel(getTranslation("mailbox.col.status"));
        status.addValueChangeListener(e -> refresh());
        inactive.setLabel(getTranslation("mailbox.filter.inactive", MailboxService.INACTIVE_DAYS));
        inactive.addValueChangeListener(e -> refresh());
        Div bar = new Div(search, unit, tier, status, inactive);
        bar.addClassName("toolbar");
        return bar;
    }

    private Grid<MailboxRow> grid() {
        grid.setId("mailbox-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addColumn(MailboxRow::address).setHeader(getTranslation("mailbox.col.address")).setSortable(true)
                .setSortProperty(MailboxSort.ADDRESS.name()).setWidth("17rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(MailboxRow::address);
        grid.addColumn(MailboxRow::holderName).setHeader(getTranslation("mailbox.col.holderName")).setSortable(true)
                .setSortProperty(MailboxSort.HOLDER.name()).setWidth("12rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(MailboxRow::holderName);
        grid.addColumn(r -> r.position() == null ? "" : r.position()).setHeader(getTranslation("mailbox.col.position"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(MailboxRow::unitName).setHeader(getTranslation("mailbox.col.unitName")).setWidth("12rem")
                .setFlexGrow(1).setResizable(true).setTooltipGenerator(MailboxRow::unitName);
        grid.addColumn(Badges.of(r -> getTranslation(r.status().translationKey()), this::badgeTheme, this::badgeHint))
                .setHeader(getTranslation("mailbox.col.status")).setSortable(true)
                .setSortProperty(MailboxSort.STATUS.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.lastLogin())).setHeader(getTranslation("mailbox.col.lastLogin"))
                .setSortable(true).setSortProperty(MailboxSort.LAST_LOGIN.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.number(r.usedMb(), locale) + " / " + Formats.number(r.quotaMb(), locale))
                .setHeader(getTranslation("mailbox.col.usage")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        var items = grid.setItems(query -> {
            GridState shown = shown(query.getSortOrders());
            return pager.fetch(shown.filter(), shown.sort(), shown.descending(), query.getOffset(), query.getLimit())
                    .stream();
        });
        // an edited row is redrawn in place (matched by id), without reloading the pages around it
        items.setIdentifierProvider(MailboxRow::id);
        // the session keeps the rows of the pages in view (about two pages around the viewport): pages of 20 rows
        // keep ≈ 40 rows (≈ 0.6 KB each with their keys and strings), still more than a screen of 900 px shows
        grid.setPageSize(20);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("fill");
        return grid;
    }

    void open(MailboxRow row) {
        MailboxRow fresh = service.get(row.id());
        new MailboxFormDialog(service, requests, units, actor, fresh, grid.getLazyDataView()::refreshItem).open();
    }

    private String badgeTheme(MailboxRow r) {
        String theme = switch (r.status()) {
            case ACTIVE -> "success";
            case SUSPENDED -> "error";
            case REQUESTED -> "";
            case CLOSED -> "contrast";
        };
        return service.looksInactive(r) ? theme + " warning" : theme;
    }

    private String badgeHint(MailboxRow r) {
        return service.looksInactive(r) ? getTranslation("mailbox.inactiveHint", MailboxService.INACTIVE_DAYS) : "";
    }

    MailboxFilter filter() {
        return new MailboxFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                tier.getValue(), status.getValue(), inactive.getValue());
    }

    /** After a change of filter, a new mailbox or an import: back to the first page, with no page remembered. */
    void refresh() {
        pager.reset();
        grid.scrollToStart();
        grid.getDataProvider().refreshAll();
    }

    private ExportLink exportLink(ExportFormat format) {
        Locale loc = getLocale();
        return new ExportLink(format, "hop-thu-cong-vu", () -> shown(grid.getSortOrder().stream()
                        .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList()),
                (shown, out) -> service.export(shown.filter(), shown.sort(), shown.descending(), format,
                        key -> getTranslation(loc, key), out));
    }

    /** What the grid shows, and an export repeats: its filter and its order. */
    private record GridState(MailboxFilter filter, MailboxSort sort, boolean descending) {
    }

    /** The filter fields and the first sorted column (by address when none is). */
    private GridState shown(List<QuerySortOrder> order) {
        if (order.isEmpty()) return new GridState(filter(), MailboxSort.ADDRESS, false);
        QuerySortOrder first = order.getFirst();
        return new GridState(filter(), MailboxSort.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.DESCENDING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mailboxes") + " · " + getTranslation("app.title");
    }

    static boolean isUnitUser(Actor actor) {
        return actor.role() == Role.UNIT_HEAD || actor.role() == Role.UNIT_OFFICER;
    }
}
