package vn.egov.console.certificate;

import java.time.Instant;
import java.util.List;

/** What the console reads from an X.509 certificate file. Only public data: a private key is never accepted. */
public record ParsedCertificate(String serialHex, String subject, String commonName, String organization,
                                String organizationalUnit, String issuer, String issuerName, Instant notBefore,
                                Instant notAfter, List<String> keyUsage) {
}
