package vn.egov.console.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.console.portal.CheckOutcome;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.portal.ProbeResult;
import vn.egov.console.portal.ProbeTarget;

/** The prober against real local servers: every way a portal can answer, or fail to. */
class PortalProberTest {

    static final ProbeLimits LIMITS = new ProbeLimits(Duration.ofSeconds(1), Duration.ofMillis(1500), 256 * 1024);

    @TempDir
    static Path dir;
    static TestServers servers;
    static PortalProber prober;
    static String http;
    static String https;
    static String selfSigned;
    static String expired;

    @BeforeAll
    static void start() throws Exception {
        servers = new TestServers(dir);
        servers.makeCertificates();
        http = servers.http();
        https = servers.https("good");
        selfSigned = servers.https("self");
        expired = servers.https("expired");
        prober = new PortalProber(LIMITS, PortalProber.trustOf(servers.caTrust), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    static ProbeResult probe(String url) {
        return prober.probe(new ProbeTarget(1, url, null, null));
    }

    @Test
    void healthyPortalOverHttpIsUpWithAHashAndNoCertificate() {
        ProbeResult r = probe(http + "/");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.UP);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.responseMs()).isNotNull().isLessThan(1500);
        assertThat(r.contentHash()).hasSize(64);
        assertThat(r.tlsExpiresAt()).isNull();
        assertThat(r.failure()).isNull();
    }

    @Test
    void serverErrorIsDownWithItsStatus() {
        ProbeResult r = probe(http + "/error");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.DOWN);
        assertThat(r.failure()).isEqualTo(ProbeFailure.HTTP_STATUS);
        assertThat(r.statusCode()).isEqualTo(500);
    }

    @Test
    void answerSlowerThanTheTimeoutIsATimeoutNotAHang() {
        long start = System.nanoTime();
        ProbeResult r = probe(http + "/slow");
        assertThat(r.failure()).isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProbeResult r = probe("http://127.0.0.1:" + port + "/");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.DOWN);
        assertThat(r.failure()).isEqualTo(ProbeFailure.CONNECTION_REFUSED);
    }

    @Test
    void trustedHttpsReportsTheCertificateExpiry() {
        ProbeResult r = probe(https + "/");
        assertThat(r.outcome()).as(String.valueOf(r.detail())).isEqualTo(CheckOutcome.UP);
        assertThat(r.tlsExpiresAt()).isBetween(Instant.now().plus(Duration.ofDays(29)),
                Instant.now().plus(Duration.ofDays(31)));
    }

    @Test
    void selfSignedCertificateIsAFailureThatSaysSo() {
        ProbeResult r = probe(selfSigned + "/");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.DOWN);
        assertThat(r.failure()).as(r.detail()).isEqualTo(ProbeFailure.TLS_SELF_SIGNED);
        assertThat(r.detail()).contains("CN=localhost");
        assertThat(r.tlsExpiresAt()).as("the expiry is known even though the handshake failed").isNotNull();
    }

    @Test
    void expiredCertificateIsAFailureWithItsDate() {
        ProbeResult r = probe(expired + "/");
        assertThat(r.failure()).as(r.detail()).isEqualTo(ProbeFailure.TLS_EXPIRED);
        assertThat(r.tlsExpiresAt()).isBefore(Instant.now());
        assertThat(r.detail()).contains("expired");
    }

    @Test
    void missingKeywordAndForbiddenTextAreContentAlerts() {
        ProbeResult missing = prober.probe(new ProbeTarget(1, http + "/", "Sở Tư pháp", null));
        assertThat(missing.outcome()).isEqualTo(CheckOutcome.CONTENT_ALERT);
        assertThat(missing.failure()).isEqualTo(ProbeFailure.KEYWORD_MISSING);

        ProbeResult present = prober.probe(new ProbeTarget(1, http + "/", "sở nội vụ", "hacked by"));
        assertThat(present.outcome()).as("keyword found case-insensitively").isEqualTo(CheckOutcome.UP);

        ProbeResult defaced = prober.probe(new ProbeTarget(1, http + "/hacked", "Sở Nội vụ", "hacked by"));
        assertThat(defaced.outcome()).isEqualTo(CheckOutcome.CONTENT_ALERT);
        assertThat(defaced.failure()).isEqualTo(ProbeFailure.FORBIDDEN_TEXT);
    }

    @Test
    void changedBodyChangesTheHashAndTheSameBodyKeepsIt() {
        assertThat(probe(http + "/changing").contentHash()).isNotEqualTo(probe(http + "/changing").contentHash());
        assertThat(probe(http + "/").contentHash()).isEqualTo(probe(http + "/").contentHash());
    }

    @Test
    void endlessHugeBodyIsCutAtTheLimit() {
        long start = System.nanoTime();
        ProbeResult r = probe(http + "/huge");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.DOWN);
        assertThat(r.failure()).isEqualTo(ProbeFailure.BODY_TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void bodyThatTricklesForeverEndsAtTheDeadline() {
        long start = System.nanoTime();
        ProbeResult r = probe(http + "/drip");
        assertThat(r.failure()).isEqualTo(ProbeFailure.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void nonHttpAddressesAreNeverFetched() {
        assertThat(probe("file:///etc/passwd").failure()).isEqualTo(ProbeFailure.INVALID_URL);
        assertThat(probe("ftp://127.0.0.1/").failure()).isEqualTo(ProbeFailure.INVALID_URL);
        assertThat(probe("javascript:alert(1)").failure()).isEqualTo(ProbeFailure.INVALID_URL);
    }
}
