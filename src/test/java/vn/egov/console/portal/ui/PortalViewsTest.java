package vn.egov.console.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.organization.UnitService;
import vn.egov.console.portal.Hosting;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalDraft;
import vn.egov.console.portal.PortalService;
import vn.egov.console.portal.PostingPeriod;

class PortalViewsTest extends BrowserlessTestBase {

    @Autowired
    PortalService portals;
    @Autowired
    UnitService units;

    @Test
    @WithAnonymousUser
    void statusPageSaysItIsNotPublishedUntilAdminPublishesIt() {
        navigate(StatusPageView.class);
        assertThat(findInView(Paragraph.class).id("status-not-published").getText())
                .isEqualTo("Trang trạng thái chưa được công khai.");
        assertThat(findInView(Grid.class).exists()).isFalse();

        DemoUsers.ADMIN.run(() -> portals.setStatusPagePublished(true));
        navigate(StatusPageView.class);
        Grid<?> grid = findInView(Grid.class).id("status-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(34);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Tạm dừng giám sát");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Chưa kiểm tra lần nào");

        // withdrawing also empties the page's one-minute cache (the rollback alone would not)
        DemoUsers.ADMIN.run(() -> portals.setStatusPagePublished(false));
        navigate(StatusPageView.class);
        assertThat(findInView(Paragraph.class).id("status-not-published").isVisible()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsCannotOpenThePortalViews() {
        assertThatThrownBy(() -> navigate(PortalsView.class)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> navigate(ComplianceView.class)).isInstanceOf(RuntimeException.class);
    }

    @Test
    @WithUserDetails("giamdoc.snv")
    void unitHeadSeesOnlyTheirPortalAndCannotOpenAnotherOne() {
        PortalsView view = navigate(PortalsView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Sở Nội vụ");
        assertThat(view.create.isVisible()).isTrue();
        navigate("portals/" + test(view.grid).getRow(0).id(), PortalDetailView.class);
        assertThat(findInView(Button.class).withId("edit-portal").exists()).isTrue();
        assertThat(findInView(Button.class).withId("delete-portal").exists()).as("only the DIC deletes").isFalse();

        long stp = DemoUsers.ADMIN.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow().id());
        Portal foreign = DemoUsers.ADMIN.call(() -> portals.list().stream().filter(p -> p.unitId() == stp)
                .findFirst().orElseThrow());
        navigate("portals/" + foreign.id(), PortalDetailView.class);
        assertThat(findInView(Paragraph.class).id("portal-unavailable").getText())
                .isEqualTo("Cổng này không tồn tại hoặc bạn không có quyền xem.");
        assertThat(findInView(Grid.class).exists()).as("nothing of the portal is shown").isFalse();
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipReadsTheBoardWithoutEditButtons() {
        navigate(PortalsView.class);
        assertThat(findInView(Button.class).withText("Thêm cổng").exists()).isFalse();
        assertThat(findInView(Anchor.class).withId("export-xlsx").exists()).as("leadership may export").isTrue();
        ComplianceView board = navigate(ComplianceView.class);
        assertThat(test(board.grid).size()).isGreaterThanOrEqualTo(34);
        assertThat(findInView(Button.class).withText("Gửi nhắc nhở ngay").exists()).isFalse();
        assertThat(board.publish.isAttached()).as("only ADMIN may publish the status page").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void detailSaysNeverCheckedHonestly() {
        Portal snv = portals.list().stream().filter(p -> p.url().equals("https://snv.vinhphuc.gov.vn/")).findFirst()
                .orElseThrow();
        navigate("portals/" + snv.id(), PortalDetailView.class);
        assertThat(findInView(Paragraph.class).withText(
                "Cổng này chưa được kiểm tra lần nào. Quản trị viên bật giám sát trong \"Cấu hình giám sát\" thì hệ thống mới bắt đầu truy cập cổng.")
                .exists()).isTrue();
        assertThat(findInView(Button.class).withText("Kiểm tra ngay").single().isEnabled())
                .as("nothing to check while monitoring is paused").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void administratorAddsAPortalAfterFixingTheAddress() {
        PortalsView view = navigate(PortalsView.class);
        test(view.create).click();
        PortalFormDialog dialog = find(PortalFormDialog.class).single();
        test(dialog.unit).selectItem("Sở Tư pháp");
        test(dialog.name).setValue("Trang thông tin thử nghiệm");
        test(dialog.url).setValue("ftp://thu.vinhphuc.gov.vn");
        test(dialog.save).click();
        assertThat(dialog.error.getText())
                .isEqualTo("Không chấp nhận địa chỉ dạng „ftp:\": chỉ dùng http:// hoặc https://.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.url).setValue("https://thu.vinhphuc.gov.vn");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(portals.list()).anyMatch(p -> p.url().equals("https://thu.vinhphuc.gov.vn/"));
    }

    @Test
    @WithUserDetails("admin")
    void absurdMonitoringIntervalIsRefusedWithTheAllowedRange() {
        Portal snv = portals.list().stream().filter(p -> p.url().equals("https://snv.vinhphuc.gov.vn/")).findFirst()
                .orElseThrow();
        navigate("portals/" + snv.id(), PortalDetailView.class);
        test(findInView(Button.class).id("monitor-settings")).click();
        MonitorSettingsDialog dialog = find(MonitorSettingsDialog.class).single();
        test(dialog.interval).setValue(99999);
        test(dialog.save).click();
        assertThat(dialog.error.getText()).isEqualTo("Chu kỳ kiểm tra phải từ 1 đến 1.440 phút.");
        assertThat(portals.get(snv.id()).monitor().intervalMinutes()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("admin")
    void administratorDeletesAPortalOnlyAfterConfirming() {
        long stp = units.findByCode(DemoUsers.STP_CODE).orElseThrow().id();
        Portal wrong = portals.create(new PortalDraft(stp, "Cổng nhập nhầm", "https://nham.vinhphuc.gov.vn",
                Hosting.CENTRAL, null, null, 1, PostingPeriod.WEEK, null, null, null, null, null, null, 0, true,
                null, null));
        navigate("portals/" + wrong.id(), PortalDetailView.class);

        test(findInView(Button.class).id("delete-portal")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(portals.list()).as("cancelling keeps the portal").anyMatch(p -> p.id() == wrong.id());

        test(findInView(Button.class).id("delete-portal")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(portals.list()).noneMatch(p -> p.id() == wrong.id());
        assertThat(getCurrentView()).isInstanceOf(PortalsView.class);
    }
}
