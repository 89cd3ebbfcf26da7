package vn.egov.console.portal.monitoring;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.portal.CheckOutcome;
import vn.egov.console.portal.PortalUrls;
import vn.egov.console.portal.ProbeFailure;
import vn.egov.console.portal.ProbeResult;
import vn.egov.console.portal.ProbeTarget;

/**
 * One HTTP(S) GET against a portal with the JDK HttpClient, bounded in time and bytes, turned into a
 * {@link ProbeResult}: never throws, whatever the server does. Each probe gets its own client (and so its own
 * TLS session and recording trust manager); probes are minutes apart, so connection reuse would buy nothing.
 */
public class PortalProber {

    static final String USER_AGENT = "egov-console-monitor/1.0";

    private final ProbeLimits limits;
    private final X509ExtendedTrustManager trust;
    private final Clock clock;

    public PortalProber(ProbeLimits limits, X509ExtendedTrustManager trust, Clock clock) {
        this.limits = limits;
        this.trust = trust;
        this.clock = clock;
    }

    /** The JDK's default trust store (the CAs a browser would also accept, roughly). */
    public static X509ExtendedTrustManager defaultTrust() {
        return trustOf(null);
    }

    public static X509ExtendedTrustManager trustOf(KeyStore anchors) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) return x;
            }
            throw new IllegalStateException("No X509ExtendedTrustManager available");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public ProbeResult probe(ProbeTarget target) {
        URI uri;
        try {
            uri = URI.create(PortalUrls.normalize(target.url()));
        } catch (BusinessException | IllegalArgumentException e) {
            return ProbeResult.down(ProbeFailure.INVALID_URL, target.url(), null, null, null);
        }
        RecordingTrustManager recorder = new RecordingTrustManager(trust);
        HttpClient client = client(recorder);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<BoundedBody.Summary>> pending = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(limits.total())
                    .header("User-Agent", USER_AGENT).header("Accept", "text/html,*/*;q=0.8").build();
            pending = client.sendAsync(request, info -> new BoundedBody(limits.maxBodyBytes()));
            HttpResponse<BoundedBody.Summary> response = pending.get(limits.total().toMillis(), TimeUnit.MILLISECONDS);
            return judge(target, response, millisSince(start), tlsExpiry(recorder, uri));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return ProbeResult.down(ProbeFailure.TIMEOUT, "No complete answer within " + limits.total().toSeconds()
                    + " s", null, millisSince(start), tlsExpiry(recorder, uri));
        } catch (ExecutionException e) {
            return failure(e.getCause(), recorder, uri, millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.down(ProbeFailure.NETWORK, "Interrupted", null, null, null);
        } catch (IllegalArgumentException e) {
            return ProbeResult.down(ProbeFailure.INVALID_URL, e.getMessage(), null, null, null);
        } finally {
            client.shutdownNow();
        }
    }

    private HttpClient client(RecordingTrustManager recorder) {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {recorder}, null);
            return HttpClient.newBuilder().sslContext(ssl).connectTimeout(limits.connect())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProbeResult judge(ProbeTarget target, HttpResponse<BoundedBody.Summary> response, long ms, Instant tls) {
        int status = response.statusCode();
        BoundedBody.Summary body = response.body();
        if (body.tooLarge()) {
            return ProbeResult.down(ProbeFailure.BODY_TOO_LARGE, "Body larger than " + limits.maxBodyBytes()
                    + " bytes; reading stopped", status, ms, tls);
        }
        if (status >= 400) return ProbeResult.down(ProbeFailure.HTTP_STATUS, "HTTP " + status, status, ms, tls);
        String text = fold(new String(body.bytes(), charsetOf(response)));
        if (present(target.forbiddenText()) && text.contains(fold(target.forbiddenText()))) {
            return new ProbeResult(CheckOutcome.CONTENT_ALERT, status, ms, tls, ProbeFailure.FORBIDDEN_TEXT,
                    "Found: " + target.forbiddenText(), body.sha256(), body.size());
        }
        if (present(target.expectedKeyword()) && !text.contains(fold(target.expectedKeyword()))) {
            return new ProbeResult(CheckOutcome.CONTENT_ALERT, status, ms, tls, ProbeFailure.KEYWORD_MISSING,
                    "Missing: " + target.expectedKeyword(), body.sha256(), body.size());
        }
        return ProbeResult.up(status, ms, tls, body.sha256(), body.size());
    }

    private ProbeResult failure(Throwable error, RecordingTrustManager recorder, URI uri, long ms) {
        Instant tls = tlsExpiry(recorder, uri);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return ProbeResult.down(ProbeFailure.TIMEOUT, "Could not connect within "
                        + limits.connect().toSeconds() + " s", null, ms, tls);
            }
            if (t instanceof HttpTimeoutException) {
                return ProbeResult.down(ProbeFailure.TIMEOUT, "No answer within " + limits.total().toSeconds()
                        + " s", null, ms, tls);
            }
            if (t instanceof ConnectException) {
                return ProbeResult.down(ProbeFailure.CONNECTION_REFUSED, "Connection refused by " + uri.getHost()
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : ""), null, ms, tls);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return ProbeResult.down(ProbeFailure.DNS, "Unknown host " + uri.getHost(), null, ms, tls);
            }
            if (t instanceof SSLException) return tlsFailure(t, recorder, ms, tls);
        }
        return ProbeResult.down(ProbeFailure.NETWORK, describe(error), null, ms, tls);
    }

    /** Names the certificate problem the way an operator would fix it: renew, buy a real one, fix the chain... */
    private ProbeResult tlsFailure(Throwable error, RecordingTrustManager recorder, long ms, Instant tls) {
        X509Certificate leaf = recorder.leaf();
        if (leaf == null) return ProbeResult.down(ProbeFailure.TLS_UNTRUSTED, describe(error), null, ms, null);
        Instant now = clock.instant();
        String subject = leaf.getSubjectX500Principal().getName();
        if (leaf.getNotAfter().toInstant().isBefore(now)) {
            return ProbeResult.down(ProbeFailure.TLS_EXPIRED, "Certificate " + subject + " expired at "
                    + leaf.getNotAfter().toInstant(), null, ms, tls);
        }
        if (leaf.getNotBefore().toInstant().isAfter(now)) {
            return ProbeResult.down(ProbeFailure.TLS_EXPIRED, "Certificate " + subject + " is not valid before "
                    + leaf.getNotBefore().toInstant(), null, ms, tls);
        }
        X509Certificate[] chain = recorder.chain();
        if (chain.length == 1 && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
            return ProbeResult.down(ProbeFailure.TLS_SELF_SIGNED, "Self-signed certificate " + subject, null, ms, tls);
        }
        String reason = recorder.refusal() == null ? describe(error) : describe(recorder.refusal());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("subject alternative") || lower.contains("no name matching")) {
            return ProbeResult.down(ProbeFailure.TLS_HOSTNAME, reason, null, ms, tls);
        }
        return ProbeResult.down(ProbeFailure.TLS_UNTRUSTED, "Certificate " + subject + " not trusted: " + reason,
                null, ms, tls);
    }

    private static Instant tlsExpiry(RecordingTrustManager recorder, URI uri) {
        X509Certificate leaf = recorder.leaf();
        return leaf == null || !"https".equalsIgnoreCase(uri.getScheme()) ? null : leaf.getNotAfter().toInstant();
    }

    private static Charset charsetOf(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) return StandardCharsets.UTF_8;
        String name = type.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Case-insensitive and indifferent to how Vietnamese accents were composed. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
