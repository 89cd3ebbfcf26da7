package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;

/** Reading real certificates (made with BouncyCastle), and refusing everything else with a specific message. */
class X509ReaderTest {

    static final String VIETNAMESE_SUBJECT =
            "CN=Nguyễn Thị Hồng Nhung,OU=Phòng Công nghệ thông tin,O=Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc,L=Vĩnh Yên,C=VN";
    static final LocalDate FROM = LocalDate.of(2026, 1, 15);
    static final LocalDate TO = LocalDate.of(2031, 1, 14);

    @Test
    void readsAPemCertificateWithAVietnameseSubject() {
        var cert = TestCertificates.certificate(VIETNAMESE_SUBJECT, new BigInteger("5403A1B2C3D4E5F60718", 16), FROM, TO);
        ParsedCertificate parsed = X509Reader.read(TestCertificates.pem(cert));
        assertThat(parsed.serialHex()).isEqualTo("5403A1B2C3D4E5F60718");
        assertThat(parsed.commonName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(parsed.organization()).isEqualTo("Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc");
        assertThat(parsed.organizationalUnit()).isEqualTo("Phòng Công nghệ thông tin");
        assertThat(parsed.issuerName()).isEqualTo("CA DEMO tỉnh Vĩnh Phúc (không phải Ban Cơ yếu Chính phủ)");
        assertThat(parsed.subject()).contains("Nguyễn Thị Hồng Nhung");
        assertThat(parsed.notBefore().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()).isEqualTo(FROM);
        assertThat(parsed.notAfter().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()).isEqualTo(TO);
        assertThat(parsed.keyUsage()).containsExactly("digitalSignature", "nonRepudiation");
    }

    @Test
    void readsTheSameCertificateAsDer() {
        var cert = TestCertificates.certificate(VIETNAMESE_SUBJECT, BigInteger.valueOf(0xABCDEF), FROM, TO);
        ParsedCertificate parsed = X509Reader.read(TestCertificates.der(cert));
        assertThat(parsed.serialHex()).isEqualTo("ABCDEF");
        assertThat(parsed.commonName()).isEqualTo("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void toleratesWindowsLineEndingsAndTextAroundThePem() {
        var cert = TestCertificates.certificate("CN=Sở Y tế,O=Tỉnh Vĩnh Phúc,C=VN", BigInteger.TEN, FROM, TO);
        String pem = "Bag Attributes\r\n" + new String(TestCertificates.pem(cert), StandardCharsets.US_ASCII)
                .replace("\n", "\r\n");
        assertThat(X509Reader.read(pem.getBytes(StandardCharsets.US_ASCII)).commonName()).isEqualTo("Sở Y tế");
    }

    @Test
    void refusesPrivateKeysAloneOrNextToTheCertificate() throws Exception {
        var keys = TestCertificates.keyPair();
        byte[] key = TestCertificates.pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        assertRejected(key, "error.certificate.privateKey");
        var cert = TestCertificates.certificate(VIETNAMESE_SUBJECT, BigInteger.TWO, FROM, TO);
        byte[] both = concat(TestCertificates.pem(cert), TestCertificates.pem("EC PRIVATE KEY", new byte[] {1, 2, 3}));
        assertRejected(both, "error.certificate.privateKey");

        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("k", keys.getPrivate(), "secret".toCharArray(), new java.security.cert.Certificate[] {cert});
        var out = new java.io.ByteArrayOutputStream();
        p12.store(out, "secret".toCharArray());
        assertRejected(out.toByteArray(), "error.certificate.privateKey");
    }

    @Test
    void refusesTruncatedPemAndDer() {
        var cert = TestCertificates.certificate(VIETNAMESE_SUBJECT, BigInteger.valueOf(77), FROM, TO);
        byte[] pem = TestCertificates.pem(cert);
        assertRejected(Arrays.copyOf(pem, pem.length / 2), "error.certificate.truncated");
        byte[] der = TestCertificates.der(cert);
        assertRejected(Arrays.copyOf(der, der.length - 40), "error.certificate.truncated");
    }

    @Test
    void refusesWhatIsNotACertificate() {
        assertRejected("Biên bản bàn giao chứng thư số".getBytes(StandardCharsets.UTF_8), "error.certificate.notCertificate");
        assertRejected(TestCertificates.pem("CERTIFICATE REQUEST", new byte[] {0x30, 0x03, 1, 2, 3}),
                "error.certificate.notCertificate");
        assertRejected(TestCertificates.pem("CERTIFICATE", new byte[] {0x30, 0x03, 1, 2, 3}),
                "error.certificate.notCertificate");
        assertRejected("-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII),
                "error.certificate.damaged");
        assertRejected(new byte[0], "error.certificate.fileEmpty");
        assertRejected(new byte[X509Reader.MAX_BYTES + 1], "error.certificate.fileTooLarge");
    }

    private static void assertRejected(byte[] content, String key) {
        assertThatThrownBy(() -> X509Reader.read(content)).isInstanceOf(BusinessException.class).hasMessage(key);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
