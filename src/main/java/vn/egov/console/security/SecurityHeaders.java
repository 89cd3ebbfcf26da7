package vn.egov.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections every response carries — HTML pages, static files and the API alike — set before
 * anything else runs, so that no later handler (Vaadin's bootstrap, a static resource, an early error) can leave them
 * out. Spring Security's own header writers see them present and keep them.
 * <ul>
 * <li>a Content-Security-Policy: for pages the one Vaadin Flow can work under (its client engine starts from an
 * inline script and runs the server's JavaScript through {@code new Function}, so scripts need 'unsafe-inline' and
 * 'unsafe-eval', styles 'unsafe-inline'), but nothing from another origin; for the API nothing at all;</li>
 * <li>{@code X-Content-Type-Options: nosniff}, a same-origin Referrer-Policy, framing only by the console itself;</li>
 * <li>HSTS on responses that went over TLS (directly, or through a proxy trusted via
 * {@code server.forward-headers-strategy}), unless its max-age is set to 0.</li>
 * </ul>
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String pagePolicy;
    private final Duration hstsMaxAge;

    SecurityHeaders(String pagePolicy, Duration hstsMaxAge) {
        this.pagePolicy = pagePolicy;
        this.hstsMaxAge = hstsMaxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : pagePolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure() && !hstsMaxAge.isZero()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
