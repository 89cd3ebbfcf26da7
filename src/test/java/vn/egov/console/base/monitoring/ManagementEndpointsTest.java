package vn.egov.console.base.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.Column;
import vn.egov.console.base.tabular.TabularReader;

/**
 * What a monitoring system and an outsider each see: the management port answers health, info and Prometheus
 * metrics without login; the application port has no /actuator at all, signed in or not.
 */
@IntegrationTest
class ManagementEndpointsTest {

    @LocalServerPort
    int appPort;

    @LocalManagementPort
    int managementPort;

    @Value("${management.server.address}")
    String managementAddress;

    @Test
    void managementPortIsSeparateAndOnLoopbackByDefault() {
        assertThat(managementPort).isPositive().isNotEqualTo(appPort);
        assertThat(managementAddress).isEqualTo("127.0.0.1");
    }

    @Test
    void applicationPortHasNoActuator() throws Exception {
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info",
                "/actuator/env", "/actuator/heapdump")) {
            HttpResponse<String> response = get(appPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("hikaricp").doesNotContain("\"status\"");
        }
    }

    @Test
    void livenessAndReadinessIncludingTheDatabase() throws Exception {
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"status\":\"UP\"");
    }

    @Test
    void infoNamesTheVersionAndTheCommit() throws Exception {
        String info = get(managementPort, "/actuator/info").body();
        assertThat(info).contains("\"version\":\"0.1.0-SNAPSHOT\"").contains("\"commit\"");
    }

    @Test
    void prometheusShowsPoolOutboxSessionsAndImports() throws Exception {
        TabularReader.read(new ByteArrayInputStream("code\nA\nB\n".getBytes(StandardCharsets.UTF_8)),
                List.of(Column.required("code")), 1024, row -> { });

        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("hikaricp_connections_active")
                .contains("app_email_outbox_pending")
                .contains("vaadin_sessions")
                .contains("vaadin_uis")
                .contains("app_import_seconds_count{application=\"egov-console\",outcome=\"success\"}")
                .contains("app_import_rows_total")
                .contains("jvm_memory_used_bytes");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
