package vn.egov.console.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.egov.console.security.internal.AuthenticationFailureThrottledEvent;
import vn.egov.console.security.internal.LoginThrottledException;
import vn.egov.console.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views keep their JSR-250 annotations for Vaadin only, unproxied
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * bcrypt cost 10, the minimum we accept: ~70 ms per login here, costly for offline guessing, while the throttle
     * and the lockout stop online guessing.
     */
    static final int BCRYPT_COST = 10;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/styles.css", "/images/**", "/icons/**").permitAll())
                // the other headers come from SecurityHeaders; this keeps Spring Security's writer in line with it
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                // an address that is no view still reaches Vaadin (signed in), which shows its not-found page
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Ahead of every other filter (Spring Security's chain is at -100), so that even its refusals carry them. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @Value("${app.security.headers.content-security-policy}") String contentSecurityPolicy,
            @Value("${app.security.headers.hsts-max-age:365d}") Duration hstsMaxAge) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(contentSecurityPolicy, hstsMaxAge));
        registration.setOrder(-120);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    /**
     * Publishes login success/failure events, which {@code LoginAttemptListener} turns into throttling, lockouts and
     * audit rows.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                Map.of(LoginThrottledException.class, AuthenticationFailureThrottledEvent.class));
        return events;
    }
}
