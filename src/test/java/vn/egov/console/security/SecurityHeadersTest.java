package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.egov.console.IntegrationTest;

/** The browser-side protections on every kind of response: the login page, a static file, the API. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void htmlPagesCarryAPolicyVaadinWorksUnderAndTheSessionCookieIsSameSite() throws Exception {
        HttpHeaders login = get("/login");
        String policy = login.firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
        assertCommon(login);
        assertThat(login.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(login.allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
        assertThat(login.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();

        assertCommon(get("/users")); // a redirect to the login view
    }

    @Test
    void staticFilesCarryThemToo() throws Exception {
        HttpHeaders css = get("/styles.css");
        assertCommon(css);
        assertThat(css.firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void apiAnswersForbidEverythingABrowserCouldDoWithThem() throws Exception {
        HttpHeaders api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/docflow/v1/monthly")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
        assertCommon(api);
        assertThat(api.firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void hstsIsSentOverTlsUnlessTurnedOff() throws Exception {
        MockHttpServletRequest tls = new MockHttpServletRequest("GET", "/login");
        tls.setSecure(true);
        FilterChain nothing = (request, response) -> { };

        MockHttpServletResponse on = new MockHttpServletResponse();
        new SecurityHeaders("default-src 'self'", Duration.ofDays(365)).doFilter(tls, on, nothing);
        assertThat(on.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");

        MockHttpServletResponse off = new MockHttpServletResponse();
        new SecurityHeaders("default-src 'self'", Duration.ZERO).doFilter(tls, off, nothing);
        assertThat(off.getHeader("Strict-Transport-Security")).isNull();
    }

    private void assertCommon(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
        assertThat(headers.allValues("X-Frame-Options")).hasSize(1);
    }

    private HttpHeaders get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).headers();
    }
}
