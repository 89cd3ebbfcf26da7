package vn.egov.console.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which reminder went out for which record, so that a daily job sends each threshold exactly once and, after
 * downtime, only the most urgent threshold crossed (not a burst of stale ones). Jobs call {@link #claim} and send only
 * when it says yes, in the same transaction, so a rolled-back run leaves no mark and is retried next time.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReminderMarks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReminderMarks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Marks the threshold {@code thresholds} gives for {@code daysLeft}; returns it when it is new, i.e. nothing as
     * urgent or more was marked for the record before, and empty when there is nothing (more) to send.
     */
    public OptionalInt claim(String kind, long recordId, ReminderThresholds thresholds, long daysLeft) {
        OptionalInt crossed = thresholds.crossed(daysLeft);
        if (crossed.isEmpty()) return crossed;
        int level = crossed.getAsInt();
        Integer mostUrgent = mostUrgent(kind, recordId);
        if (mostUrgent != null && mostUrgent <= level) return OptionalInt.empty();
        jdbc.update("INSERT IGNORE INTO reminder_mark (kind, record_id, threshold, sent_at) VALUES (?, ?, ?, ?)",
                kind, recordId, level, Timestamp.from(clock.instant()));
        return crossed;
    }

    /** The most urgent threshold sent for the record so far, or null. */
    public Integer mostUrgent(String kind, long recordId) {
        return jdbc.queryForObject("SELECT MIN(threshold) FROM reminder_mark WHERE kind = ? AND record_id = ?",
                Integer.class, kind, recordId);
    }

    /** The thresholds sent for the record, most urgent last. */
    public List<Integer> sent(String kind, long recordId) {
        return jdbc.queryForList("SELECT threshold FROM reminder_mark WHERE kind = ? AND record_id = ? "
                + "ORDER BY threshold DESC", Integer.class, kind, recordId);
    }

    /** Forgets the record's reminders, e.g. when its deadline moved or it was renewed: the thresholds apply afresh. */
    public void reset(String kind, long recordId) {
        jdbc.update("DELETE FROM reminder_mark WHERE kind = ? AND record_id = ?", kind, recordId);
    }
}
