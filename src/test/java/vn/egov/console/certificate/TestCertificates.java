package vn.egov.console.certificate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Real X.509 certificates made for the tests with BouncyCastle (test scope only), signed by the demo province's CA
 * (its certificate is the default trusted issuer, its key lives in test resources only), or — to prove the issuer
 * check — self-signed or signed by an impostor CA that copies the demo CA's name.
 */
public final class TestCertificates {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final X509Certificate CA_CERTIFICATE = load("certificate/demo-trusted-ca.pem");
    private static final PrivateKey CA_KEY = caKey();
    public static final String ISSUER = CA_CERTIFICATE.getSubjectX500Principal().getName();

    private TestCertificates() {
    }

    public static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate certificate(String subject, BigInteger serial, LocalDate from, LocalDate to) {
        return signed(X500Name.getInstance(CA_CERTIFICATE.getSubjectX500Principal().getEncoded()), CA_KEY, subject,
                serial, from, to, keyPair().getPublic());
    }

    /** Self-signed: it may name any unit and any issuer, and nobody vouches for it. */
    public static X509Certificate selfSigned(String subject, BigInteger serial, LocalDate from, LocalDate to) {
        KeyPair own = keyPair();
        return signed(new X500Name(subject), own.getPrivate(), subject, serial, from, to, own.getPublic());
    }

    /** Names the demo CA as its issuer, but another key signed it: the name alone must not make it trusted. */
    public static X509Certificate fromImpostor(String subject, BigInteger serial, LocalDate from, LocalDate to) {
        return signed(X500Name.getInstance(CA_CERTIFICATE.getSubjectX500Principal().getEncoded()),
                keyPair().getPrivate(), subject, serial, from, to, keyPair().getPublic());
    }

    private static X509Certificate signed(X500Name issuer, PrivateKey signingKey, String subject, BigInteger serial,
                                          LocalDate from, LocalDate to, PublicKey subjectKey) {
        try {
            var builder = new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(from.atTime(8, 0).atZone(VIETNAM).toInstant()),
                    Date.from(to.atTime(17, 0).atZone(VIETNAM).toInstant()), new X500Name(subject), subjectKey);
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate load(String resource) {
        try (InputStream in = TestCertificates.class.getClassLoader().getResourceAsStream(resource)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey caKey() {
        try (InputStream in = TestCertificates.class.getClassLoader()
                .getResourceAsStream("certificate/demo-ca-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                    pem.indexOf("-----END PRIVATE KEY-----"));
            return KeyFactory.getInstance("EC").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] der(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pem(X509Certificate cert) {
        return pem("CERTIFICATE", der(cert));
    }

    public static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PEM certificate valid from a month ago until {@code to}, for the given holder. */
    public static byte[] pemFor(String commonName, long serial, LocalDate today, LocalDate to) {
        return pem(certificate("CN=" + commonName + ",O=Tỉnh Vĩnh Phúc,C=VN", BigInteger.valueOf(serial),
                today.minusDays(30), to));
    }
}
