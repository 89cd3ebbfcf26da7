package vn.egov.console.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.IntegrationTest;

/** Over real HTTP: /status opens without login, every other portal page sends the visitor to the login form. */
@IntegrationTest
class StatusPageHttpTest {

    @LocalServerPort
    int port;

    @Test
    void statusPageIsAnonymousAndNothingElseIs() throws Exception {
        assertThat(get("/status").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/portals", "/portals/compliance", "/portals/1", "/units", "/"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
