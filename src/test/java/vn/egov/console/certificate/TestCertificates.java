package vn.egov.console.certificate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
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

/** Real X.509 certificates made for the tests with BouncyCastle (test scope only), signed by a throw-away CA key. */
public final class TestCertificates {

    public static final String ISSUER = "CN=Cục Chứng thực số và Bảo mật thông tin (thử nghiệm),O=Ban Cơ yếu Chính phủ,C=VN";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final KeyPair CA = keyPair();

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
        try {
            var builder = new JcaX509v3CertificateBuilder(new X500Name(ISSUER), serial,
                    Date.from(from.atTime(8, 0).atZone(VIETNAM).toInstant()),
                    Date.from(to.atTime(17, 0).atZone(VIETNAM).toInstant()), new X500Name(subject),
                    keyPair().getPublic());
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(CA.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
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
