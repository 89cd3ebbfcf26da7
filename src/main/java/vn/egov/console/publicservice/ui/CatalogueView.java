package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.publicservice.OnlineMode;
import vn.egov.console.publicservice.Procedure;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.PublicServiceService.CatalogueFilter;
import vn.egov.console.publicservice.PublicServiceService.CatalogueSort;
import vn.egov.console.security.Role;

/** The procedure catalogue, loaded page by page from the database with its filters; ADMIN imports it. */
@Route("public-services/catalogue")
@PermitAll
@Menu(title = "nav.ps.catalogue", order = 51, icon = "vaadin:list")
public class CatalogueView extends Div implements HasDynamicTitle {

    private final PublicServiceService service;
    final TextField search = new TextField();
    final ComboBox<String> field = new ComboBox<>();
    final Select<Tier> tier = new Select<>();
    final Select<OnlineMode> mode = new Select<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Checkbox unused = new Checkbox();
    final Grid<Procedure> grid = new Grid<>();

    CatalogueView(PublicServiceService service, vn.egov.console.security.CurrentUser currentUser) {
        this.service = service;
        addClassName("page");
        addClassName("page-fill");
        ViewHeader header = new ViewHeader(getTranslation("nav.ps.catalogue"), getTranslation("ps.catalogue.subtitle"));
        if (currentUser.require().role() == Role.ADMIN) {
            Button importButton = new Button(getTranslation("ps.import.catalogue"), VaadinIcon.UPLOAD.create(),
                    e -> new PsImportDialog(getTranslation("ps.import.catalogue"),
                            getTranslation("ps.import.catalogueHelp"), service::importCatalogue,
                            () -> grid.getDataProvider().refreshAll()).open());
            header.actions(importButton);
        }
        add(header, filters());
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.WRAP_CELL_CONTENT);
        grid.setId("ps-catalogue");
        grid.addColumn(Procedure::code).setHeader(getTranslation("ps.code")).setKey(CatalogueSort.CODE.name())
                .setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Procedure::name).setHeader(getTranslation("ps.procedure")).setKey(CatalogueSort.NAME.name())
                .setSortable(true).setFlexGrow(6);
        grid.addColumn(Procedure::field).setHeader(getTranslation("ps.field")).setKey(CatalogueSort.FIELD.name())
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.tier().translationKey())).setHeader(getTranslation("ps.tier"))
                .setKey(CatalogueSort.TIER.name()).setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader(getTranslation("ps.responsible"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.onlineMode().translationKey())).setHeader(getTranslation("ps.mode"))
                .setKey(CatalogueSort.MODE.name()).setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(Procedure::statutoryDays).setHeader(getTranslation("ps.days")).setKey(CatalogueSort.DAYS.name())
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.onlinePayment() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("ps.payment")).setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addClassName("fill");
        grid.setItems(query -> {
            var order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
            CatalogueSort sort = order == null ? CatalogueSort.CODE : CatalogueSort.valueOf(order.getSorted());
            boolean asc = order == null || order.getDirection() == SortDirection.ASCENDING;
            return service.catalogue(filter(), query.getOffset(), query.getLimit(), sort, asc).stream();
        }, query -> (int) service.countCatalogue(filter()));
        add(grid);
    }

    private Div filters() {
        search.setPlaceholder(getTranslation("ps.catalogue.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        field.setLabel(getTranslation("ps.field"));
        field.setItems(service.fields());
        field.setPlaceholder(getTranslation("ps.scope.all"));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> refresh());
        tier.setLabel(getTranslation("ps.tier"));
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("ps.scope.all") : getTranslation(t.translationKey()));
        tier.addValueChangeListener(e -> refresh());
        mode.setLabel(getTranslation("ps.mode"));
        mode.setItems(OnlineMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setItemLabelGenerator(m -> m == null ? getTranslation("ps.scope.all") : getTranslation(m.translationKey()));
        mode.addValueChangeListener(e -> refresh());
        unit.setLabel(getTranslation("ps.responsible"));
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setPlaceholder(getTranslation("ps.scope.all"));
        vn.egov.console.base.ui.LazyChoices.load(unit,
                () -> service.unitsInScope().stream().filter(u -> u.tier() == Tier.PROVINCE).toList());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        unused.setLabel(getTranslation("ps.catalogue.unused"));
        unused.addValueChangeListener(e -> refresh());
        Div exports = new Div(
                new ExportLink(ExportFormat.CSV, "danh-muc-thu-tuc", this::filter, (f, out) -> write(f, out, ExportFormat.CSV)),
                new ExportLink(ExportFormat.XLSX, "danh-muc-thu-tuc", this::filter, (f, out) -> write(f, out, ExportFormat.XLSX)));
        exports.getStyle().set("display", "contents");
        Div bar = new Div(search, field, tier, mode, unit, unused, exports);
        bar.addClassName("toolbar");
        return bar;
    }

    CatalogueFilter filter() {
        return new CatalogueFilter(search.getValue(), field.getValue(), tier.getValue(), mode.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), unused.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void write(CatalogueFilter f, OutputStream out, ExportFormat format) throws IOException {
        List<String> headers = List.of(getTranslation("ps.code"), getTranslation("ps.procedure"),
                getTranslation("ps.field"), getTranslation("ps.tier"), getTranslation("ps.responsible"),
                getTranslation("ps.mode"), getTranslation("ps.days"), getTranslation("ps.payment"));
        long total = service.countCatalogue(f);
        Stream<List<?>> rows = Stream.iterate(0, o -> o < total, o -> o + 500)
                .flatMap(o -> service.catalogue(f, o, 500, CatalogueSort.CODE, true).stream())
                .map(p -> List.of(p.code(), p.name(), p.field(), getTranslation(p.tier().translationKey()),
                        p.unitName() == null ? "" : p.unitName(), getTranslation(p.onlineMode().translationKey()),
                        p.statutoryDays(), getTranslation(p.onlinePayment() ? "common.yes" : "common.no")));
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, getTranslation("nav.ps.catalogue"), headers, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ps.catalogue") + " · " + getTranslation("app.title");
    }
}
