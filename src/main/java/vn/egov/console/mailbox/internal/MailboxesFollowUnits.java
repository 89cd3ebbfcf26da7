package vn.egov.console.mailbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.console.organization.UnitMergedEvent;
import vn.egov.console.security.CurrentUser;

/** When a unit is merged, its mailboxes and requests move to the successor in the same transaction, audited. */
@Component
class MailboxesFollowUnits {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailboxesFollowUnits(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void onMerge(UnitMergedEvent event) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO mailbox_audit (mailbox_id, action, actor, at, before_value, after_value) "
                        + "SELECT id, 'UNIT_MERGED', ?, ?, CONCAT('unit=', unit_id), CONCAT('unit=', ?) "
                        + "FROM mailbox WHERE unit_id = ?",
                currentUser.username(), now, event.successorId(), event.unitId());
        jdbc.update("UPDATE mailbox SET unit_id = ?, version = version + 1, updated_at = ? WHERE unit_id = ?",
                event.successorId(), now, event.unitId());
        jdbc.update("UPDATE mailbox_request SET unit_id = ?, version = version + 1 WHERE unit_id = ?",
                event.successorId(), event.unitId());
    }
}
