package vn.egov.console.notification;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
     * Many alerts in one go, for a job that raises hundreds (the roadmap's deadline reminders): the administrators
     * and each unit's people are looked up once, and every bell entry and e-mail of the run goes in one JDBC batch.
     * Same guarantees as the single calls: a dedup key tells each person once, e-mails only to the newly told.
     *
     * @return how many (person, alert) pairs were newly told
     */
    public int notifyAll(List<Delivery> deliveries) {
        List<Recipient> admins = deliveries.stream().anyMatch(Delivery::toAdmins) ? directory.admins() : List.of();
        Map<Long, List<Recipient>> unitPeople = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (d.toAdmins()) admins.forEach(r -> pending.add(new Pending(r, d.alert())));
            if (d.unitId() != null) {
                unitPeople.computeIfAbsent(d.unitId(), directory::unitUsers)
                        .forEach(r -> pending.add(new Pending(r, d.alert())));
            }
        }
        return deliver(pending);
    }

    /** One alert for the administrators and/or one unit's head and IT officers. */
    public record Delivery(Alert alert, boolean toAdmins, Long unitId) {
    }

    private record Pending(Recipient recipient, Alert alert) {
    }

    private int deliver(List<Recipient> recipients, Alert alert) {
        return deliver(recipients.stream().map(r -> new Pending(r, alert)).toList());
    }

    /**
     * One statement per 500 people to find who was already told, then the bell entries and the e-mails each as one
     * JDBC batch: telling a thousand people costs a handful of round trips, not two thousand (docs/decisions/0121).
     * The insert stays INSERT IGNORE, so a dedup key still holds should two writers race.
     */
    private int deliver(List<Pending> all) {
        if (all.isEmpty()) return 0;
        Set<String> told = alreadyTold(all);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> bell = new ArrayList<>(all.size());
        List<Object[]> mail = new ArrayList<>();
        for (Pending p : all) {
            Recipient r = p.recipient();
            Alert alert = p.alert();
            // with a dedup key a person is told once (a second listing too); without one, each time as before
            if (alert.dedupKey() != null && !told.add(r.userId() + "\u0000" + alert.dedupKey())) continue;
            String title = messages.get(r.language(), alert.titleKey(), alert.args());
            String body = alert.bodyKey() == null ? null : messages.get(r.language(), alert.bodyKey(), alert.args());
            bell.add(new Object[] {r.userId(), now, cut(title, 255), cut(body, 2000), alert.route(), alert.dedupKey()});
            if (alert.email() && r.email() != null && !r.email().isBlank()) {
                mail.add(new Object[] {r.email(), cut("[" + messages.get(r.language(), "app.title") + "] " + title, 255),
                        body == null ? title : body, now});
            }
        }
        if (bell.isEmpty()) return 0;
        jdbc.batchUpdate("""
                INSERT IGNORE INTO notification (user_id, created_at, title, body, route, dedup_key)
                VALUES (?, ?, ?, ?, ?, ?)""", bell);
        if (!mail.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO email_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)", mail);
        }
        return bell.size();
    }

    /** "userId NUL dedupKey" of the pairs that already have their notification. */
    private Set<String> alreadyTold(List<Pending> all) {
        Set<String> told = new HashSet<>();
        List<Pending> keyed = all.stream().filter(p -> p.alert().dedupKey() != null).toList();
        for (int from = 0; from < keyed.size(); from += 500) {
            List<Pending> chunk = keyed.subList(from, Math.min(keyed.size(), from + 500));
            List<Object> args = new ArrayList<>();
            chunk.forEach(p -> {
                args.add(p.recipient().userId());
                args.add(p.alert().dedupKey());
            });
            jdbc.query("SELECT user_id, dedup_key FROM notification WHERE (user_id, dedup_key) IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?)")) + ")",
                    rs -> {
                        told.add(rs.getLong(1) + "\u0000" + rs.getString(2));
                    }, args.toArray());
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
