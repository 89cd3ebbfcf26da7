package vn.egov.console.portal.monitoring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Local HTTP and HTTPS servers that behave like portals good and bad. Certificates come from the JDK's keytool, made
 * fresh in a temporary directory: a test CA, a server certificate it signed, an expired one it signed, and a
 * self-signed one. Everything listens on the loopback address only.
 */
final class TestServers implements AutoCloseable {

    static final String HOME_PAGE = "<html><body><h1>Cổng thông tin điện tử Sở Nội vụ</h1></body></html>";
    private static final char[] PASS = "changeit".toCharArray();

    private final Path dir;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger counter = new AtomicInteger();
    KeyStore caTrust;

    TestServers(Path dir) {
        this.dir = dir;
    }

    // ---- certificates ------------------------------------------------------------------------------------------

    void makeCertificates() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Test Root CA",
                "-ext", "bc:c", "-validity", "60", "-keystore", "ca.p12");
        signed("good", "-validity", "30");
        signed("expired", "-startdate", "-60d", "-validity", "10");
        keytool("-genkeypair", "-alias", "srv", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "30", "-keystore", "self.p12");
        caTrust = KeyStore.getInstance("PKCS12");
        caTrust.load(null, null);
        caTrust.setCertificateEntry("ca", load("ca.p12").getCertificate("ca"));
    }

    private void signed(String name, String... validity) throws Exception {
        keytool("-genkeypair", "-alias", "srv", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-keystore", name + ".p12");
        keytool("-certreq", "-alias", "srv", "-keystore", name + ".p12", "-file", name + ".csr");
        List<String> args = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile",
                name + ".csr", "-outfile", name + ".crt", "-rfc", "-ext", "san=dns:localhost,ip:127.0.0.1"));
        args.addAll(List.of(validity));
        keytool(args.toArray(String[]::new));
    }

    private KeyStore load(String file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(dir.resolve(file).toFile())) {
            ks.load(in, PASS);
        }
        return ks;
    }

    /** The server's key with the CA-signed certificate (and the CA) as its chain. */
    private KeyStore withSignedChain(String name) throws Exception {
        KeyStore own = load(name + ".p12");
        Key key = own.getKey("srv", PASS);
        Certificate leaf;
        try (InputStream in = new FileInputStream(dir.resolve(name + ".crt").toFile())) {
            leaf = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("srv", key, PASS, new Certificate[] {leaf, caTrust.getCertificate("ca")});
        return ks;
    }

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", "changeit", "-keypass", "changeit", "-storetype", "PKCS12", "-noprompt"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("keytool " + String.join(" ", args) + ": " + out);
    }

    // ---- servers -------------------------------------------------------------------------------------------------

    /** Plain HTTP with every behaviour on its own path; returns the base URL. */
    String http() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        return start(server, "http");
    }

    String https(String certificate) throws Exception {
        KeyStore keys = certificate.equals("self") ? load("self.p12") : withSignedChain(certificate);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASS);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        return start(server, "https");
    }

    private String start(HttpServer server, String scheme) {
        server.createContext("/", ex -> send(ex, 200, HOME_PAGE));
        server.createContext("/error", ex -> send(ex, 500, "<html>Internal Server Error</html>"));
        server.createContext("/hacked", ex -> send(ex, 200, "<html>" + HOME_PAGE + " HACKED BY someone</html>"));
        server.createContext("/changing", ex -> send(ex, 200, HOME_PAGE + "<p>Tin số " + counter.incrementAndGet()));
        server.createContext("/slow", ex -> {
            sleep(3000);
            send(ex, 200, HOME_PAGE);
        });
        server.createContext("/huge", endless(64 * 1024, 0));
        server.createContext("/drip", endless(1, 100));
        server.setExecutor(executor);
        server.start();
        servers.add(server);
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A response that never ends: big chunks as fast as possible, or a byte now and then. */
    private static HttpHandler endless(int chunk, long pauseMillis) {
        return ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] bytes = new byte[chunk];
            java.util.Arrays.fill(bytes, (byte) 'x');
            long until = System.currentTimeMillis() + 60_000;
            try (OutputStream out = ex.getResponseBody()) {
                while (System.currentTimeMillis() < until) {
                    out.write(bytes);
                    out.flush();
                    if (pauseMillis > 0) sleep(pauseMillis);
                }
            } catch (IOException e) {
                // the prober hung up, as it should
            }
        };
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
