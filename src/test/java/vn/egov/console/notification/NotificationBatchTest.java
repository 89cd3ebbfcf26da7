package vn.egov.console.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;

/** A job's many alerts in one call: each person told once per dedup key, e-mail only to the newly told. */
@IntegrationTest
@Transactional
class NotificationBatchTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyAlertsAreDeliveredOnceEachAndRepeatsTellNobody() {
        long snv = DemoUsers.ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        long outboxBefore = count("SELECT COUNT(*) FROM email_outbox");
        Alert one = Alert.of("batch:1", "notification.title", null, "units");
        Alert two = Alert.of("batch:2", "notification.title", null, "units");
        List<NotificationService.Delivery> run = List.of(new NotificationService.Delivery(one, true, snv),
                new NotificationService.Delivery(two, true, snv), new NotificationService.Delivery(one, true, null));

        int first = notifications.notifyAll(run);
        long people = count("SELECT COUNT(*) FROM notification WHERE dedup_key = 'batch:1'");
        assertThat(people).as("the administrator and Sở Nội vụ's head and officer").isGreaterThanOrEqualTo(3);
        assertThat(first).as("the repeated delivery of alert 1 to the admins tells nobody twice").isEqualTo(2 * people);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE dedup_key = 'batch:2'")).isEqualTo(people);
        long mailed = count("SELECT COUNT(*) FROM email_outbox") - outboxBefore;
        assertThat(mailed).as("only people with an address").isLessThanOrEqualTo(2 * people);

        assertThat(notifications.notifyAll(run)).as("same day again").isZero();
        assertThat(count("SELECT COUNT(*) FROM email_outbox") - outboxBefore).isEqualTo(mailed);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
