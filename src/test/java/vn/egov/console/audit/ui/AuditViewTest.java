package vn.egov.console.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.audit.AuditRow;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

/** ADMIN finds a change in the change log by area, record and text, newest first, and reads it as before → after. */
class AuditViewTest extends BrowserlessTestBase {

    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("admin")
    void adminFiltersTheLogDownToOneRecordsChange() {
        UnitSummary snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow();
        units.update(snv.id(), snv.version(), new UnitDraft(snv.code(), snv.name(), snv.tier(), snv.kind(),
                snv.parentId(), snv.headcount() + 3, true));

        AuditView view = navigate(AuditView.class);
        test(view.feature).selectItem("Đơn vị");
        test(view.record).setValue(String.valueOf(snv.id()));
        test(view.text).setValue("headcount");
        Grid<AuditRow> grid = view.grid;
        assertThat(test(grid).size()).as("the change, then the unit's creation when the demo was loaded").isEqualTo(2);
        assertThat(test(grid).getCellText(1, 5)).isEqualTo("Tạo mới");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Đơn vị #" + snv.id());
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("Sửa");
        assertThat(test(grid).getCellText(0, 6)).contains("headcount: " + snv.headcount() + " → "
                + (snv.headcount() + 3));
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void aUnitHeadCannotOpenTheLog() {
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(RuntimeException.class);
    }
}
