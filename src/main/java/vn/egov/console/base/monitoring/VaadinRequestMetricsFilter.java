package vn.egov.console.base.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times Vaadin's own requests by kind. Spring's {@code http.server.requests} sees them all under one URI, while the
 * round trip a user feels is the {@code uidl} kind (a click, a grid scroll); {@code heartbeat} and {@code init}
 * are told apart so they do not dilute it.
 */
@Component
class VaadinRequestMetricsFilter extends OncePerRequestFilter {

    private static final Set<String> KINDS = Set.of("uidl", "heartbeat", "init", "push", "upload", "resource");

    private final MeterRegistry registry;

    VaadinRequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return kindOf(request.getQueryString()) == null;
    }

    /**
     * The {@code v-r} query parameter, read from the query string only: {@code getParameter} could make the
     * container parse an upload's body before Vaadin sees it.
     */
    static String kindOf(String query) {
        if (query == null) return null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) return pair.substring(4);
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = kindOf(request.getQueryString());
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            chain.doFilter(request, response);
            outcome = response.getStatus() < 400 ? "success" : "error";
        } finally {
            sample.stop(Timer.builder("vaadin.requests")
                    .description("Vaadin requests by kind (uidl = a user's round trip)")
                    .publishPercentileHistogram()
                    .tag("type", KINDS.contains(kind) ? kind : "other")
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
