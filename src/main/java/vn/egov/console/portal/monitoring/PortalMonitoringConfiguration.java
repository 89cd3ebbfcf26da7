package vn.egov.console.portal.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalMonitoringConfiguration {

    @Bean
    PortalProber portalProber(Clock clock,
                              @Value("${app.portal.probe.connect-timeout:PT5S}") Duration connect,
                              @Value("${app.portal.probe.total-timeout:PT15S}") Duration total,
                              @Value("${app.portal.probe.max-body-bytes:5242880}") long maxBodyBytes) {
        return new PortalProber(new ProbeLimits(connect, total, maxBodyBytes), PortalProber.defaultTrust(), clock);
    }
}
