package vn.egov.console.base.monitoring;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Health and metrics live on their own management port, bound to 127.0.0.1 unless an operator says otherwise
 * ({@code management.server.address}): whoever can reach that port is the monitoring system on the same host or a
 * tunnel to it, so the endpoints need no login there. On the application port {@code /actuator/**} does not exist
 * for anybody — signed in or not — and answers 404 rather than a login redirect.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    /** Matches only requests that arrived on the management port (Boot's matcher ignores the application port). */
    @Bean
    @Order(2)
    SecurityFilterChain managementPortFilterChain(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(EndpointRequest.toAnyEndpoint()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuatorOnAppPortFilterChain(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher("/actuator", "/actuator/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(HttpStatus.NOT_FOUND.value())))
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
    }
}
