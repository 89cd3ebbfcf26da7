package vn.egov.console.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mails. Each message is tried up to {@value #MAX_ATTEMPTS} times, one attempt per run; failures are
 * recorded on the row so an operator can see why. Without {@code spring.mail.host} nothing is sent and the queue
 * waits (the in-app notification has already been delivered).
 */
@Component
public class EmailOutboxJob {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(EmailOutboxJob.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    EmailOutboxJob(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                   @Value("${app.mail.from:egov-console@localhost}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    private record Pending(long id, String recipient, String subject, String body) {
    }

    @Scheduled(fixedDelayString = "${app.mail.outbox-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "email-outbox", lockAtMostFor = "PT5M")
    public void run() {
        sendPending();
    }

    /** Sends what is waiting; returns how many were sent. */
    public int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) return 0;
        List<Pending> pending = jdbc.query("""
                SELECT id, recipient, subject, body FROM email_outbox
                WHERE sent_at IS NULL AND attempts < ? ORDER BY id LIMIT 100""",
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), MAX_ATTEMPTS);
        int sent = 0;
        for (Pending p : pending) {
            try {
                var message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(p.recipient());
                message.setSubject(p.subject());
                message.setText(p.body());
                sender.send(message);
                jdbc.update("UPDATE email_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                        Timestamp.from(clock.instant()), p.id());
                sent++;
            } catch (MailException e) {
                log.warn("E-mail {} to {} failed: {}", p.id(), p.recipient(), e.getMessage());
                String error = String.valueOf(e.getMessage());
                jdbc.update("UPDATE email_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                        error.length() > 500 ? error.substring(0, 500) : error, p.id());
            }
        }
        return sent;
    }
}
