package vn.egov.console.docflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.docflow.MonthlyRow;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Role;

/** Monthly exchange figures per unit: a lazy grid over the table, entry by hand and import from CSV/xlsx. */
@Route("docflow/figures")
@PermitAll
@Menu(title = "nav.docflow.figures", order = 27, icon = "vaadin:table")
public class FiguresView extends Div implements HasDynamicTitle {

    private final DocflowService service;
    private final Locale locale;
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Select<Integer> year = new Select<>();
    final Grid<MonthlyRow> grid = new Grid<>();
    final Button create = new Button();
    final Button edit = new Button();
    final Button importButton = new Button();

    FiguresView(DocflowService service, CurrentUser currentUser) {
        this.service = service;
        this.locale = getLocale();
        boolean canWrite = currentUser.require().role() != Role.LEADER;
        addClassName("page");
        addClassName("page-fill");
        create.setText(getTranslation("docflow.figures.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new FiguresDialog(service, null, this::refresh).open());
        edit.setText(getTranslation("common.edit"));
        edit.setEnabled(false);
        edit.addClickListener(e -> {
            MonthlyRow row = grid.asSingleSelect().getValue();
            if (row != null) new FiguresDialog(service, row, this::refresh).open();
        });
        importButton.setText(getTranslation("docflow.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addClickListener(e -> new FiguresImportDialog(service, this::refresh).open());
        ViewHeader header = new ViewHeader(getTranslation("nav.docflow.figures"),
                getTranslation("docflow.figures.subtitle"));
        if (canWrite) header.actions(create, edit, importButton);
        add(header, toolbar(), grid());
        refresh();
    }

    private Div toolbar() {
        unit.setLabel(getTranslation("docflow.unit"));
        unit.setPlaceholder(getTranslation("docflow.scope.all"));
        unit.setItems(service.unitsInScope());
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("24em");
        unit.addValueChangeListener(e -> refresh());
        year.setLabel(getTranslation("docflow.year"));
        int current = service.currentMonth().getYear();
        year.setItems(IntStream.rangeClosed(DocflowDashboardView.FIRST_YEAR, current).boxed()
                .sorted((a, b) -> b - a).toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("docflow.all"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("docflow.all") : y.toString());
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        Div bar = new Div(unit, year);
        bar.addClassName("toolbar");
        return bar;
    }

    private Grid<MonthlyRow> grid() {
        grid.setId("figures-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> String.format("%02d/%d", r.figures().month().getMonthValue(), r.figures().month().getYear()))
                .setHeader(getTranslation("docflow.month")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MonthlyRow::unitName).setHeader(getTranslation("unit.name")).setWidth("11rem").setFlexGrow(3)
                .setResizable(true);
        number("docflow.sentTotal", MonthlyFigures::sentTotal);
        number("docflow.sentElectronic", MonthlyFigures::sentElectronic);
        number("docflow.sentSigned", MonthlyFigures::sentSigned);
        number("docflow.sentPaperParallel", MonthlyFigures::sentPaperParallel);
        number("docflow.receivedElectronic", MonthlyFigures::receivedElectronic);
        number("docflow.sentViaAxis", MonthlyFigures::sentViaAxis);
        number("docflow.sentToCentral", MonthlyFigures::sentToCentral);
        grid.addColumn(r -> getTranslation(r.source().translationKey())).setHeader(getTranslation("docflow.source"))
                .setWidth("7rem").setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
        grid.addClassName("fill");
        return grid;
    }

    private void number(String key, ToLongFunction<MonthlyFigures> value) {
        grid.addColumn(r -> Formats.number(value.applyAsLong(r.figures()), locale))
                .setHeader(new WrappingHeader(getTranslation(key))).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
    }

    void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        Integer y = year.getValue();
        grid.setItems(q -> service.figures(unitId, y, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.countFigures(unitId, y));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.docflow.figures") + " · " + getTranslation("app.title");
    }
}
