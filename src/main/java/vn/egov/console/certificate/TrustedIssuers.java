package vn.egov.console.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The issuers whose certificates the register accepts without a question: the CA chain configured in
 * {@code app.certificate.trusted-issuers} (PEM files, or directories of them). A certificate is trusted when one of
 * these CAs, named as its issuer, verifies its signature — a matching issuer name alone proves nothing, since anyone
 * can write any name into a self-signed certificate.
 */
@Component
public class TrustedIssuers {

    private static final Logger log = LoggerFactory.getLogger(TrustedIssuers.class);

    private final List<X509Certificate> anchors;

    TrustedIssuers(@Value("${app.certificate.trusted-issuers:}") List<String> locations, ResourceLoader loader) {
        List<X509Certificate> loaded = new ArrayList<>();
        for (String location : locations) {
            if (location == null || location.isBlank()) continue;
            loaded.addAll(load(location.strip(), loader));
        }
        this.anchors = List.copyOf(loaded);
        log.info("Trusted certificate issuers: {}", anchors.isEmpty() ? "none configured"
                : anchors.stream().map(c -> c.getSubjectX500Principal().getName()).toList());
    }

    /** Whether a configured CA named as the issuer has signed this certificate. */
    public boolean trusts(X509Certificate certificate) {
        for (X509Certificate anchor : anchors) {
            if (!anchor.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) continue;
            try {
                certificate.verify(anchor.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                // same name, other key: exactly the forgery this check is for
            }
        }
        return false;
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    private static List<X509Certificate> load(String location, ResourceLoader loader) {
        Resource resource = loader.getResource(location);
        try {
            if (resource.isFile() && Files.isDirectory(resource.getFile().toPath())) {
                try (Stream<Path> files = Files.list(resource.getFile().toPath())) {
                    List<X509Certificate> all = new ArrayList<>();
                    for (Path f : files.filter(TrustedIssuers::looksLikeCertificate).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(f)) {
                            all.addAll(parse(in, f.toString()));
                        }
                    }
                    return all;
                }
            }
            if (!resource.exists()) {
                log.warn("Trusted issuers: {} does not exist; certificates will need a confirmation", location);
                return List.of();
            }
            try (InputStream in = resource.getInputStream()) {
                return parse(in, location);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read trusted certificate issuers from " + location, e);
        }
    }

    private static boolean looksLikeCertificate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer");
    }

    private static List<X509Certificate> parse(InputStream in, String where) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (GeneralSecurityException e) {
            // a wrong file here must stop the start, not silently trust nobody
            throw new IllegalStateException("Not a PEM certificate file: " + where, e);
        }
    }
}
