package vn.egov.console.base.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (expiry alerts, portal probes, e-mail outbox) run on every node, but each run takes a ShedLock row
 * in MariaDB first, so with several app nodes a job still runs once. Lock times come from the database clock, so
 * nodes with skewed clocks agree. Tests switch scheduling off ({@code app.scheduling.enabled=false}) and call the
 * jobs directly with a fixed clock.
 * <p>
 * A lock is held at least 5 s (unless a job says otherwise): nodes fire the same cron a few milliseconds apart, and
 * a job shorter than that gap would otherwise release its lock in time for the other node to run the same schedule
 * again.
 * <p>
 * Every job is measured here, in one place ({@link JobMetrics}): ShedLock's advice is ordered first, so the
 * measuring advice only sees runs that got the lock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "app.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT5S",
        order = Ordered.HIGHEST_PRECEDENCE + 10)
class SchedulingConfiguration {

    @Bean
    static JobMetricsHolder jobMetrics(ObjectProvider<MeterRegistry> registry) {
        return new JobMetricsHolder(registry);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource, JobMetricsHolder metrics) {
        return metrics.get().counting(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()));
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jobMetricsAdvisor(JobMetricsHolder metrics) {
        MethodInterceptor measure = invocation -> metrics.get().interceptor().invoke(invocation);
        var advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(SchedulerLock.class),
                measure);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return advisor;
    }

    /**
     * The advisor must exist before the beans it advises, long before the meter registry: it looks the registry up
     * on the first run.
     */
    static final class JobMetricsHolder {
        private final ObjectProvider<MeterRegistry> registry;
        private volatile JobMetrics metrics;

        JobMetricsHolder(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        JobMetrics get() {
            if (metrics == null) metrics = new JobMetrics(registry.getObject());
            return metrics;
        }
    }
}
