package vn.egov.console.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitStatus;
import vn.egov.console.organization.UnitSummary;

class UnitsViewTest extends BrowserlessTestBase {

    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("admin")
    void administratorCreatesAUnitAfterFixingValidationErrors() {
        UnitsView view = navigate(UnitsView.class);
        test(view.create).click();
        UnitFormDialog dialog = find(UnitFormDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Vui lòng nhập mã định danh.");
        assertThat(dialog.isOpened()).as("the dialog stays open with the input").isTrue();

        test(dialog.code).setValue(DemoUsers.SNV_CODE);
        test(dialog.name).setValue("Phường Mới");
        test(dialog.parent).selectItem(vinhYen().name() + " (" + vinhYen().code() + ")");
        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Mã định danh 000.00.02.H62 đã được dùng cho một đơn vị khác.");

        test(dialog.code).setValue("UI.NEW.1");
        test(dialog.headcount).setValue(27);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        UnitSummary created = units.findByCode("UI.NEW.1").orElseThrow();
        assertThat(created.name()).isEqualTo("Phường Mới");
        assertThat(created.parentId()).isEqualTo(vinhYen().id());
        assertThat(created.tier()).isEqualTo(Tier.COMMUNE);
        assertThat(created.kind()).isEqualTo(UnitKind.COMMUNE_COMMITTEE);
        assertThat(view.grid.asSingleSelect().getValue()).as("the new unit is selected").isEqualTo(created);
    }

    @Test
    @WithUserDetails("admin")
    void administratorRenamesAUnit() {
        UnitsView view = navigate(UnitsView.class);
        view.grid.select(ward());
        test(view.edit).click();
        UnitFormDialog dialog = find(UnitFormDialog.class).single();
        assertThat(dialog.code.getValue()).isEqualTo(DemoUsers.NGO_QUYEN_CODE);
        test(dialog.name).setValue("Ủy ban nhân dân phường Ngô Quyền (mới)");
        test(dialog.save).click();
        assertThat(units.get(ward().id()).name()).isEqualTo("Ủy ban nhân dân phường Ngô Quyền (mới)");
    }

    @Test
    @WithUserDetails("admin")
    void administratorMergesAWardIntoItsNeighbour() {
        UnitsView view = navigate(UnitsView.class);
        UnitSummary ward = ward();
        view.grid.select(ward);
        test(view.merge).click();
        MergeUnitDialog dialog = find(MergeUnitDialog.class).single();

        test(dialog.successor).selectItem(ward.name() + " (" + ward.code() + ")");
        test(dialog.reason).setValue("Nghị quyết sáp nhập");
        test(dialog.confirm).click();
        assertThat(dialog.error.getText()).isEqualTo("Không thể sáp nhập một đơn vị vào chính nó.");

        UnitSummary neighbour = units.findByCode("000.02.40.H62").orElseThrow();
        test(dialog.successor).selectItem(neighbour.name() + " (" + neighbour.code() + ")");
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(units.get(ward.id()).status()).isEqualTo(UnitStatus.MERGED);
        assertThat(units.get(ward.id()).successorId()).isEqualTo(neighbour.id());
    }

    @Test
    @WithUserDetails("chutich.vinhyen")
    void districtHeadSeesOnlyTheirDistrictAndCannotReorganise() {
        UnitsView view = navigate(UnitsView.class);
        assertThat(findInView(Button.class).withText("Thêm đơn vị").exists()).isFalse();
        var tree = view.grid.getTreeData();
        assertThat(tree.getRootItems()).extracting(UnitSummary::code).containsExactly(DemoUsers.VINH_YEN_CODE);
        assertThat(tree.getChildren(tree.getRootItems().getFirst())).hasSize(9)
                .allMatch(u -> u.code().endsWith(".40.H62"));
    }

    private UnitSummary vinhYen() {
        return units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow();
    }

    private UnitSummary ward() {
        return units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow();
    }
}
