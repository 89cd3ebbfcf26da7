package vn.egov.console.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.mailbox.AuditRow;

/** Who changed what and when: before → after. */
class AuditDialog extends Dialog {

    AuditDialog(String title, List<AuditRow> rows) {
        setHeaderTitle(title);
        Grid<AuditRow> grid = new Grid<>();
        grid.addColumn(r -> Formats.dateTime(r.at().atZone(ProvinceTime.ZONE)))
                .setHeader(getTranslation("common.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("common.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("mailboxAudit." + r.action())).setHeader(getTranslation("common.event"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> (r.before() == null ? "" : r.before() + " → ") + (r.after() == null ? "" : r.after()))
                .setHeader(getTranslation("common.detail")).setFlexGrow(1);
        grid.setItems(rows);
        grid.setHeight("420px");
        add(grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        setWidth("min(1100px, 95vw)");
    }
}
