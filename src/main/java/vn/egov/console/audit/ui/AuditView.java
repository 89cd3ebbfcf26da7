package vn.egov.console.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import vn.egov.console.audit.AuditFilter;
import vn.egov.console.audit.AuditRow;
import vn.egov.console.audit.AuditService;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.ui.ExportLink;
import vn.egov.console.base.ui.ViewHeader;
import vn.egov.console.security.Role;

/** Every change to every record, newest first, filtered and paged in the database; exportable as shown. */
@Route("audit/changes")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.auditTrail", order = 91, icon = "vaadin:records")
public class AuditView extends Div implements HasDynamicTitle {

    final Grid<AuditRow> grid = new Grid<>();
    final Select<String> feature = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField record = new TextField();
    final TextField text = new TextField();

    AuditView(AuditService service) {
        addClassName("page");
        addClassName("page-fill");
        add(new ViewHeader(getTranslation("nav.auditTrail"), getTranslation("audit.trail.subtitle")));
        feature.setAriaLabel(getTranslation("audit.feature"));
        feature.setEmptySelectionAllowed(true);
        feature.setEmptySelectionCaption(getTranslation("audit.allFeatures"));
        feature.setItems(service.features());
        feature.setItemLabelGenerator(f -> f == null ? getTranslation("audit.allFeatures")
                : getTranslation("audit.feature." + f));
        text(actor, "user.username");
        text(record, "audit.record");
        text(text, "audit.text");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(getLocale());
            picker.setClearButtonVisible(true);
        }
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        Div bar = new Div(feature, actor, from, to, record, text, exportLink(service, ExportFormat.CSV),
                exportLink(service, ExportFormat.XLSX));
        bar.addClassName("toolbar");
        add(bar);

        grid.setId("audit-grid");
        grid.setEmptyStateText(getTranslation("common.empty.filtered"));
        grid.addColumn(r -> Formats.dateTime(r.at().atZone(ProvinceTime.ZONE))).setHeader(getTranslation("common.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("user.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::client).setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.entity." + r.entityType())
                        + (r.entityId() == null ? "" : " #" + r.entityId()))
                .setHeader(getTranslation("audit.entityType")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::label).setHeader(getTranslation("audit.record")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.action().translationKey())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        ValueProvider<AuditRow, String> changes = r -> r.changesText()
                + (r.note() == null ? "" : (r.changes().isEmpty() ? "" : " — ") + r.note());
        // a creation lists every field: the whole text is one hover away
        grid.addColumn(changes).setHeader(getTranslation("audit.changes")).setFlexGrow(3)
                .setTooltipGenerator(changes::apply);
        grid.addClassName("fill");
        add(grid);

        Runnable load = () -> {
            AuditFilter f = filter();
            grid.setItems(q -> service.search(f, q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(f));
        };
        feature.addValueChangeListener(e -> load.run());
        actor.addValueChangeListener(e -> load.run());
        from.addValueChangeListener(e -> load.run());
        to.addValueChangeListener(e -> load.run());
        record.addValueChangeListener(e -> load.run());
        text.addValueChangeListener(e -> load.run());
        load.run();
    }

    AuditFilter filter() {
        return new AuditFilter(feature.getValue(), actor.getValue(), from.getValue(), to.getValue(), record.getValue(),
                text.getValue());
    }

    private void text(TextField field, String key) {
        field.setPlaceholder(getTranslation(key));
        field.setAriaLabel(getTranslation(key));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private ExportLink exportLink(AuditService service, ExportFormat format) {
        Locale locale = getLocale();
        return new ExportLink(format, "nhat-ky-thay-doi", this::filter,
                (filter, out) -> service.export(filter, format, key -> getTranslation(locale, key), out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.auditTrail") + " · " + getTranslation("app.title");
    }
}
