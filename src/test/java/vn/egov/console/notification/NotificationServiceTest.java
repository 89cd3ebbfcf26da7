package vn.egov.console.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.notification.internal.EmailOutboxJob;
import vn.egov.console.organization.UnitService;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.UserChanges;

@IntegrationTest
class NotificationServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(32525, "127.0.0.1", "smtp"));

    @Autowired
    NotificationService notifications;
    @Autowired
    EmailOutboxJob outbox;
    @Autowired
    UnitService units;
    @Autowired
    UserAdminService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    void anAlertReachesEachAdministratorOnceInTheBell() {
        Alert alert = Alert.of("test:once", "notification.title", null, "units");
        int first = DemoUsers.ADMIN.call(() -> notifications.notifyAdmins(alert));
        int again = DemoUsers.ADMIN.call(() -> notifications.notifyAdmins(alert));
        assertThat(first).isEqualTo(1);
        assertThat(again).as("same dedup key: nobody is told twice").isZero();
        assertThat(DemoUsers.ADMIN.call(notifications::unreadCount)).isEqualTo(1);
        assertThat(DemoUsers.LEADER.call(notifications::unreadCount)).as("not an administrator").isZero();

        var mine = DemoUsers.ADMIN.call(() -> notifications.recent(5));
        assertThat(mine).singleElement().extracting(NotificationView::title).isEqualTo("Thông báo");
        DemoUsers.LEADER.run(() -> notifications.markRead(mine.getFirst().id()));
        assertThat(DemoUsers.ADMIN.call(notifications::unreadCount)).as("someone else's id changes nothing").isEqualTo(1);
        DemoUsers.ADMIN.run(() -> notifications.markRead(mine.getFirst().id()));
        assertThat(DemoUsers.ADMIN.call(notifications::unreadCount)).isZero();
    }

    @Test
    @Transactional
    void unitAlertsGoToTheUnitsHeadAndOfficerInTheirLanguage() {
        long snv = DemoUsers.ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        DemoUsers.OFFICER_SNV.run(() -> users.changeMyLanguage("en"));
        int told = DemoUsers.ADMIN.call(() -> notifications.notifyUnit(snv,
                Alert.of("test:unit", "notification.title", null, null)));
        assertThat(told).isEqualTo(2);
        assertThat(DemoUsers.HEAD_SNV.call(() -> notifications.recent(1)).getFirst().title()).isEqualTo("Thông báo");
        assertThat(DemoUsers.OFFICER_SNV.call(() -> notifications.recent(1)).getFirst().title()).isEqualTo("Notifications");
        assertThat(DemoUsers.HEAD_VINH_YEN.call(notifications::unreadCount)).isZero();
    }

    @Test
    void emailsAreQueuedWithTheAlertAndSentByTheOutboxJob() throws Exception {
        var admin = DemoUsers.ADMIN.call(() -> users.me());
        DemoUsers.ADMIN.run(() -> users.update(admin.id(), admin.version(),
                new UserChanges(admin.fullName(), "quantri@stttt.vinhphuc.gov.vn", admin.role(), admin.unitId())));
        try {
            DemoUsers.ADMIN.run(() -> notifications.notifyAdmins(Alert.of("test:mail", "unit.saved", "unit.merged",
                    null, "Sở Nội vụ", "Sở Tư pháp")));
            assertThat(outbox.sendPending()).isEqualTo(1);
            assertThat(outbox.sendPending()).as("sent once only").isZero();

            var received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("quantri@stttt.vinhphuc.gov.vn");
            assertThat(received[0].getSubject()).isEqualTo("[Chính quyền điện tử] Đã lưu đơn vị Sở Nội vụ");
            assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        } finally {
            var now = DemoUsers.ADMIN.call(() -> users.me());
            DemoUsers.ADMIN.run(() -> users.update(now.id(), now.version(),
                    new UserChanges(now.fullName(), null, now.role(), now.unitId())));
            jdbc.update("DELETE FROM notification WHERE dedup_key = 'test:mail'");
            jdbc.update("DELETE FROM email_outbox");
        }
    }
}
