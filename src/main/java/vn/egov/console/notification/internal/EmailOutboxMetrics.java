package vn.egov.console.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail backlog as an operator sees it: messages still to send (a growing figure means SMTP is down or
 * missing) and messages given up after the last attempt. Read from the outbox table at each scrape, so every node
 * reports the same cluster-wide figure.
 */
@Component
class EmailOutboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    EmailOutboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("app.email.outbox.pending", this, m -> m.count("attempts < ?"))
                .description("E-mails waiting to be sent").register(registry);
        Gauge.builder("app.email.outbox.failed", this, m -> m.count("attempts >= ?"))
                .description("E-mails given up after the last attempt").register(registry);
    }

    private double count(String attempts) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL AND " + attempts,
                Long.class, EmailOutboxJob.MAX_ATTEMPTS);
        return n == null ? 0 : n;
    }
}
