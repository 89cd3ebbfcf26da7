package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.i18n.VietnameseText;
import vn.egov.console.base.ui.Badges;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.base.ui.WrappingHeader;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/** The unit tree (cây đơn vị) within the caller's scope; administrators also reorganise it here. */
@Route("units")
@PermitAll
@Menu(title = "nav.units", order = 10, icon = "vaadin:sitemap")
public class UnitsView extends Div implements HasDynamicTitle {

    private final UnitService service;
    private final boolean admin;
    final TreeGrid<UnitSummary> grid = new TreeGrid<>();
    final TextField search = new TextField();
    final Checkbox showEnded = new Checkbox();
    final Button create = new Button();
    final Button edit = new Button();
    final Button merge = new Button();
    final Button dissolve = new Button();
    final Button history = new Button();
    private List<UnitSummary> all = List.of();

    UnitsView(UnitService service, CurrentUser currentUser) {
        this.service = service;
        this.admin = currentUser.require().isAdmin();
        addClassName("page");
        addClassName("page-fill");
        add(header(), toolbar(), grid());
        refresh();
    }

    private ViewHeader header() {
        create.setText(getTranslation("unit.action.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> new UnitFormDialog(service, null, this::refreshAndSelect).open());
        edit.setText(getTranslation("unit.action.edit"));
        edit.addClickListener(e -> selected().ifPresent(u ->
                new UnitFormDialog(service, u, this::refreshAndSelect).open()));
        merge.setText(getTranslation("unit.action.merge"));
        merge.addClickListener(e -> selected().ifPresent(u ->
                new MergeUnitDialog(service, u, this::refreshAndSelect).open()));
        dissolve.setText(getTranslation("unit.action.dissolve"));
        dissolve.addThemeVariants(ButtonVariant.ERROR);
        dissolve.addClickListener(e -> selected().ifPresent(u ->
                new DissolveUnitDialog(service, u, this::refreshAndSelect).open()));
        history.setText(getTranslation("unit.action.history"));
        history.addClickListener(e -> selected().ifPresent(u -> new UnitHistoryDialog(service, u).open()));
        ViewHeader header = new ViewHeader(getTranslation("nav.units"), getTranslation("unit.subtitle"));
        if (admin) header.actions(create, edit, merge, dissolve, history);
        else header.actions(history);
        updateButtons(null);
        return header;
    }

    private Div toolbar() {
        search.setPlaceholder(getTranslation("unit.search"));
        search.setAriaLabel(getTranslation("unit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        showEnded.setLabel(getTranslation("unit.showEnded"));
        showEnded.addValueChangeListener(e -> applyFilter());
        Div bar = new Div(search, showEnded);
        bar.addClassName("toolbar");
        return bar;
    }

    private TreeGrid<UnitSummary> grid() {
        Locale locale = getLocale();
        grid.setId("units-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        // names share long prefixes ("Ủy ban nhân dân huyện …"): wrap them rather than cut the part that differs
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addHierarchyColumn(UnitSummary::name).setHeader(getTranslation("unit.name")).setWidth("16rem")
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(UnitSummary::code).setHeader(getTranslation("unit.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.tier().translationKey())).setHeader(getTranslation("unit.tier"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.kind().translationKey())).setHeader(getTranslation("unit.kind"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(u -> Formats.number(u.headcount(), locale)).setHeader(getTranslation("unit.headcount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> getTranslation(u.hasItOfficer() ? "common.yes" : "common.no"))
                .setHeader(new WrappingHeader(getTranslation("unit.itOfficer.short"))).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Badges.of(u -> getTranslation(u.status().translationKey()),
                u -> u.isActive() ? "success" : "contrast")).setHeader(getTranslation("unit.status")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        grid.addClassName("fill");
        return grid;
    }

    private void updateButtons(UnitSummary unit) {
        boolean active = unit != null && unit.isActive();
        edit.setEnabled(active);
        merge.setEnabled(active);
        dissolve.setEnabled(active);
        history.setEnabled(unit != null);
    }

    private java.util.Optional<UnitSummary> selected() {
        return java.util.Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    void refresh() {
        all = service.listVisible();
        applyFilter();
    }

    private void refreshAndSelect(UnitSummary unit) {
        refresh();
        all.stream().filter(u -> u.id() == unit.id()).findFirst().ifPresent(u -> {
            grid.expand(ancestors(u));
            grid.select(u);
        });
    }

    /** Shows matching units together with their ancestors, so a match is always seen in its place in the tree. */
    private void applyFilter() {
        String text = VietnameseText.fold(search.getValue());
        boolean ended = showEnded.getValue();
        Map<Long, UnitSummary> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Set<Long> keep = new HashSet<>();
        for (UnitSummary u : all) {
            if (!ended && !u.isActive()) continue;
            if (!text.isEmpty() && !VietnameseText.fold(u.name()).contains(text) && !VietnameseText.fold(u.code()).contains(text)) continue;
            for (UnitSummary a = u; a != null && keep.add(a.id()); a = a.parentId() == null ? null : byId.get(a.parentId())) {
                // walk up to the root, marking ancestors
            }
        }
        List<UnitSummary> shown = all.stream().filter(u -> keep.contains(u.id())).toList();
        Set<Long> shownIds = new HashSet<>();
        shown.forEach(u -> shownIds.add(u.id()));
        var roots = shown.stream().filter(u -> u.parentId() == null || !shownIds.contains(u.parentId())).toList();
        grid.setItems(roots, parent -> shown.stream().filter(u -> u.parentId() != null && u.parentId() == parent.id()).toList());
        if (text.isEmpty()) grid.expand(roots);
        else grid.expandRecursively(roots, 3);
    }

    private List<UnitSummary> ancestors(UnitSummary unit) {
        Map<Long, UnitSummary> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        List<UnitSummary> result = new java.util.ArrayList<>();
        for (Long p = unit.parentId(); p != null && byId.containsKey(p); p = byId.get(p).parentId()) {
            result.add(byId.get(p));
        }
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units") + " · " + getTranslation("app.title");
    }
}
