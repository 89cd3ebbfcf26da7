package vn.egov.console.notification;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Recipient;
import vn.egov.console.security.UserDirectory;

/**
 * In-app notifications (the bell) and e-mail. Raising is for services and jobs; it joins the caller's transaction,
 * so an alert exists exactly when the change that caused it was committed. E-mails go through an outbox that
 * {@code EmailOutboxJob} sends, so a slow or failing SMTP server never breaks or slows a business transaction.
 */
@Service
@Transactional
public class NotificationService {

    private final JdbcTemplate jdbc;
    private final UserDirectory directory;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(JdbcTemplate jdbc, UserDirectory directory, Messages messages, CurrentUser currentUser,
                        Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- raising (services and jobs) -----------------------------------------------------------------------------

    /** Tells every enabled administrator; returns how many were newly told. */
    public int notifyAdmins(Alert alert) {
        return deliver(directory.admins(), alert);
    }

    /** Tells the unit's own head and IT officers. */
    public int notifyUnit(long unitId, Alert alert) {
        return deliver(directory.unitUsers(unitId), alert);
    }

    /** Tells one user about something of their own (their account, their request). */
    public int notifyUser(long userId, Alert alert) {
        return deliver(directory.user(userId).stream().toList(), alert);
    }

    /** Tells these people (e.g. the heads who approve a request, the officer who filed it). */
    public int notifyPeople(List<Recipient> recipients, Alert alert) {
        return deliver(recipients, alert);
    }

    /**
     * One statement to find who was already told, then the bell entries and the e-mails each as one JDBC batch: a job
     * that tells a thousand people costs three round trips, not two thousand (docs/decisions/0121). The insert stays
     * INSERT IGNORE, so a dedup key is still honoured should two writers race.
     */
    private int deliver(List<Recipient> recipients, Alert alert) {
        if (recipients.isEmpty()) return 0;
        Set<Long> told = alert.dedupKey() == null ? Set.of() : alreadyTold(recipients, alert.dedupKey());
        Timestamp now = Timestamp.from(clock.instant());
        // with a dedup key a person listed twice is told once (as the unique key always ensured); without, each time
        List<Recipient> fresh = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Recipient r : recipients) {
            if (told.contains(r.userId())) continue;
            if (alert.dedupKey() == null || seen.add(r.userId())) fresh.add(r);
        }
        if (fresh.isEmpty()) return 0;
        List<Object[]> bell = new ArrayList<>(fresh.size());
        List<Object[]> mail = new ArrayList<>();
        for (Recipient r : fresh) {
            String title = messages.get(r.language(), alert.titleKey(), alert.args());
            String body = alert.bodyKey() == null ? null : messages.get(r.language(), alert.bodyKey(), alert.args());
            bell.add(new Object[] {r.userId(), now, cut(title, 255), cut(body, 2000), alert.route(), alert.dedupKey()});
            if (alert.email() && r.email() != null && !r.email().isBlank()) {
                mail.add(new Object[] {r.email(), cut("[" + messages.get(r.language(), "app.title") + "] " + title, 255),
                        body == null ? title : body, now});
            }
        }
        jdbc.batchUpdate("""
                INSERT IGNORE INTO notification (user_id, created_at, title, body, route, dedup_key)
                VALUES (?, ?, ?, ?, ?, ?)""", bell);
        if (!mail.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO email_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)", mail);
        }
        return fresh.size();
    }

    private Set<Long> alreadyTold(List<Recipient> recipients, String dedupKey) {
        Set<Long> told = new HashSet<>();
        List<Long> ids = recipients.stream().map(Recipient::userId).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> args = new ArrayList<>(chunk);
            args.add(dedupKey);
            told.addAll(jdbc.queryForList("SELECT user_id FROM notification WHERE user_id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") AND dedup_key = ?", Long.class,
                    args.toArray()));
        }
        return told;
    }

    // ---- the signed-in user's bell ----------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL",
                Long.class, currentUser.require().userId());
        return n == null ? 0 : n;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> recent(int limit) {
        return jdbc.query("""
                SELECT id, created_at, title, body, route, read_at FROM notification
                WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""",
                (rs, i) -> new NotificationView(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("title"), rs.getString("body"), rs.getString("route"),
                        rs.getTimestamp("read_at") != null),
                currentUser.require().userId(), Math.min(Math.max(limit, 1), 200));
    }

    /** Marks one of the caller's own notifications read; someone else's id changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        jdbc.update("UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
                Timestamp.from(clock.instant()), id, currentUser.require().userId());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        jdbc.update("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                Timestamp.from(clock.instant()), currentUser.require().userId());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
