package vn.egov.console.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.organization.UnitHistoryRow;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

class UnitHistoryDialog extends Dialog {

    UnitHistoryDialog(UnitService service, UnitSummary unit) {
        setHeaderTitle(getTranslation("unit.dialog.history", unit.name()));
        Grid<UnitHistoryRow> grid = new Grid<>();
        grid.addColumn(r -> Formats.dateTime(r.at().atZone(ProvinceTime.ZONE))).setHeader(getTranslation("common.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("unitEvent." + r.event())).setHeader(getTranslation("common.event"))
                .setAutoWidth(true);
        grid.addColumn(UnitHistoryRow::detail).setHeader(getTranslation("common.detail")).setFlexGrow(3);
        grid.addColumn(UnitHistoryRow::actor).setHeader(getTranslation("common.who")).setAutoWidth(true);
        grid.setItems(service.history(unit.id()));
        add(grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        setWidth("min(900px, 95vw)");
        setHeight("70vh");
    }
}
