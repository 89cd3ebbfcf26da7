package vn.egov.console.mailbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.ui.ReasonDialog;
import vn.egov.console.mailbox.MailboxFilter;
import vn.egov.console.mailbox.MailboxRequestRow;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxService;
import vn.egov.console.mailbox.MailboxSort;
import vn.egov.console.mailbox.MailboxStatus;
import vn.egov.console.mailbox.RequestStatus;

/**
 * The lifecycle as people click it: Sở Nội vụ's IT officer asks for a mailbox for a new colleague, the head of Sở Nội
 * vụ approves it (it waits in their "awaiting my approval" queue until then, unseen by the DIC), the DIC approves it
 * on the requests screen and sets it up on the mail server; the mailbox then shows as active in the grid.
 */
@IntegrationTest
@Transactional
class MailboxRequestFlowTest extends SpringBrowserlessTest {

    @Autowired
    MailboxService mailboxes;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void unitRequestsAdminApprovesAndProvisions() {
        login(DemoUsers.OFFICER_SNV);
        navigate(MailboxRequestsView.class);
        test($(Button.class).withId("new-request").single()).click();
        NewRequestDialog dialog = $(NewRequestDialog.class).single();
        assertThat(dialog.unit.getValue().code()).as("a unit user's only unit is preselected")
                .isEqualTo(DemoUsers.SNV_CODE);
        test(dialog.holderName).setValue("Hoàng Thị Thanh Xuân");
        test(dialog.position).setValue("Chuyên viên");
        test(dialog.note).setValue("Tiếp nhận từ 01/12");
        test(dialog.send).click();
        MailboxRequestRow request = test(requestGrid()).getRow(0);
        assertThat(request.holderName()).isEqualTo("Hoàng Thị Thanh Xuân");
        assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(request.approval().awaitingHead()).isTrue();
        assertThat(test(requestGrid()).getCellComponent(0, 7).getChildren()).as("an officer cannot approve").isEmpty();

        login(DemoUsers.ADMIN);
        navigate(MailboxRequestsView.class);
        assertThat(requestGrid().getListDataView().getItems()).as("the DIC does not see it yet")
                .noneMatch(r -> r.id() == request.id());

        login(DemoUsers.HEAD_SNV);
        assertThat(workQueueTitles("approval-queue")).as("the head's home view lists it").contains(queueTitle(request));
        navigate(MailboxRequestsView.class);
        test(decision(request.id(), "head-approve-")).click();

        login(DemoUsers.ADMIN);
        navigate(MailboxRequestsView.class);
        assertThat(test(requestGrid()).size()).isGreaterThan(0);
        test(decision(request.id(), "approve-")).click();
        MailboxRow awaiting = test(awaitingGrid()).getRow(0);
        assertThat(awaiting.address()).isEqualTo("hoangthithanhxuan.snv@vinhphuc.gov.vn");
        assertThat(awaiting.status()).isEqualTo(MailboxStatus.REQUESTED);
        test((Button) test(awaitingGrid()).getCellComponent(0, 4)).click();

        List<MailboxRow> found = mailboxes.page(MailboxFilter.ALL.withText("hoangthithanhxuan"), MailboxSort.ADDRESS,
                false, 0, 10);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MailboxStatus.ACTIVE);
            assertThat(m.activatedOn()).isNotNull();
        });
        assertThat(mailboxes.history(awaiting.id())).extracting(a -> a.action())
                .contains("CREATED", "PROVISIONED");

        // the mailboxes grid finds it by the holder's name typed without accents
        navigate(MailboxesView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class).withId("mailbox-search").single())
                .setValue("hoang thi thanh");
        @SuppressWarnings("unchecked")
        Grid<MailboxRow> grid = $(Grid.class).withId("mailbox-grid").single();
        assertThat(test(grid).getRow(0).address()).isEqualTo("hoangthithanhxuan.snv@vinhphuc.gov.vn");
    }

    @Test
    void adminRejectsWithAReason() {
        login(DemoUsers.HEAD_SNV);
        navigate(MailboxRequestsView.class);
        test($(Button.class).withId("new-request").single()).click();
        NewRequestDialog dialog = $(NewRequestDialog.class).single();
        test(dialog.holderName).setValue("Vũ Văn Trùng");
        test(dialog.send).click();
        long id = test(requestGrid()).getRow(0).id();

        login(DemoUsers.ADMIN);
        navigate(MailboxRequestsView.class);
        test(decision(id, "reject-")).click();
        ReasonDialog reason = $(ReasonDialog.class).single();
        test(reason.confirmButton()).click();
        assertThat(reason.error().isVisible()).as("a reason is required").isTrue();
        test(reason.reasonField()).setValue("Đã có hộp thư vuvantrung.snv");
        test(reason.confirmButton()).click();

        login(DemoUsers.HEAD_SNV);
        navigate(MailboxRequestsView.class);
        MailboxRequestRow row = test(requestGrid()).getRow(0);
        assertThat(row.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(row.decisionReason()).isEqualTo("Đã có hộp thư vuvantrung.snv");
    }

    @Test
    void theHeadReturnsItWithAReasonThatTheOfficerReads() {
        login(DemoUsers.OFFICER_SNV);
        navigate(MailboxRequestsView.class);
        test($(Button.class).withId("new-request").single()).click();
        NewRequestDialog dialog = $(NewRequestDialog.class).single();
        test(dialog.holderName).setValue("Tạ Quang Bửu");
        test(dialog.send).click();
        long id = test(requestGrid()).getRow(0).id();

        login(DemoUsers.HEAD_SNV);
        navigate(MailboxRequestsView.class);
        test(decision(id, "head-return-")).click();
        ReasonDialog reason = $(ReasonDialog.class).single();
        test(reason.reasonField()).setValue("Cán bộ chưa có quyết định tiếp nhận");
        test(reason.confirmButton()).click();

        login(DemoUsers.OFFICER_SNV);
        navigate(MailboxRequestsView.class);
        MailboxRequestRow row = test(requestGrid()).getRow(0);
        assertThat(row.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(test(requestGrid()).getCellComponent(0, 7).getChildren()
                .map(c -> ((com.vaadin.flow.component.html.Span) c).getText()))
                .containsExactly("Cán bộ chưa có quyết định tiếp nhận");
    }

    /** The titles in a home-view queue panel (the DIC's "work-queue", a head's "approval-queue"). */
    @SuppressWarnings("unchecked")
    private List<String> workQueueTitles(String panelId) {
        navigate(vn.egov.console.overview.ui.HomeView.class);
        var panel = $(com.vaadin.flow.component.html.Div.class).withId(panelId).single();
        return panel.getChildren().filter(Grid.class::isInstance)
                .flatMap(g -> ((Grid<vn.egov.console.overview.WorkItem>) g).getListDataView().getItems())
                .map(vn.egov.console.overview.WorkItem::title).toList();
    }

    private static String queueTitle(MailboxRequestRow r) {
        return r.holderName() + " — " + r.requestedBy();
    }

    // the grids are found through the component tree, as a user finds them on the page
    @SuppressWarnings("unchecked")
    private Grid<MailboxRequestRow> requestGrid() {
        return $(Grid.class).withId("request-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<MailboxRow> awaitingGrid() {
        return $(Grid.class).withId("awaiting-grid").single();
    }

    /** Grid cells with components are rendered per row: the decision buttons live in the last column. */
    private Button decision(long requestId, String idPrefix) {
        var grid = test(requestGrid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id() != requestId) continue;
            return grid.getCellComponent(i, 7).getChildren()
                    .filter(c -> c.getId().orElse("").equals(idPrefix + requestId))
                    .map(Button.class::cast).findFirst().orElseThrow();
        }
        throw new AssertionError("request " + requestId + " not in the grid");
    }

    /** Switches user; leaving the current view makes the next navigation build the view afresh for that user. */
    private void login(DemoUsers user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username, null,
                List.of(new SimpleGrantedAuthority(user.role.authority()))));
        SecurityContextHolder.setContext(context);
        navigate(vn.egov.console.overview.ui.HomeView.class);
    }
}
