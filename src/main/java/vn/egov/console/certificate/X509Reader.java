package vn.egov.console.certificate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import vn.egov.console.base.error.BusinessException;

/**
 * Reads one X.509 certificate from a PEM or DER file with the JDK's {@link CertificateFactory}. Every refusal is a
 * specific {@link BusinessException}: too large, a private key (never accepted, even next to a certificate), a
 * truncated PEM or DER, or something that is not a certificate at all.
 */
public final class X509Reader {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";
    private static final String[] KEY_USAGE = {"digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    /** OID 1.2.840.113549.1.7.1 (PKCS#7 data) as DER: the envelope of a PKCS#12 (.pfx/.p12) key store. */
    private static final byte[] PKCS7_DATA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D,
            0x01, 0x07, 0x01};

    private X509Reader() {
    }

    public static ParsedCertificate read(byte[] content) {
        return describe(certificate(content));
    }

    /** The certificate itself, for checks beyond what {@link ParsedCertificate} says (who signed it). */
    public static X509Certificate certificate(byte[] content) {
        if (content == null || content.length == 0) throw new BusinessException("error.certificate.fileEmpty");
        if (content.length > MAX_BYTES) throw new BusinessException("error.certificate.fileTooLarge", 1);
        return parse(toDer(content));
    }

    private static byte[] toDer(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        if (text.contains("PRIVATE KEY-----")) throw new BusinessException("error.certificate.privateKey");
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            if (text.contains("-----BEGIN ")) throw new BusinessException("error.certificate.notCertificate");
            if (looksLikePkcs12(content)) throw new BusinessException("error.certificate.privateKey");
            checkDerLength(content);
            return content;
        }
        int end = text.indexOf(END, begin);
        if (end < 0) throw new BusinessException("error.certificate.truncated");
        String body = text.substring(begin + BEGIN.length(), end);
        if (!body.matches("[A-Za-z0-9+/=\\s]*")) throw new BusinessException("error.certificate.damaged");
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.certificate.damaged");
        }
    }

    /** A DER certificate is one SEQUENCE; when its declared length runs past the file, the file was cut short. */
    private static void checkDerLength(byte[] der) {
        if (der.length < 2 || der[0] != 0x30) throw new BusinessException("error.certificate.notCertificate");
        int first = der[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int bytes = first & 0x7F;
            if (bytes == 0 || bytes > 4 || der.length < 2 + bytes) {
                throw new BusinessException("error.certificate.notCertificate");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) length = (length << 8) | (der[2 + i] & 0xFF);
            header = 2 + bytes;
        }
        if (header + length > der.length) throw new BusinessException("error.certificate.truncated");
    }

    private static boolean looksLikePkcs12(byte[] content) {
        int limit = Math.min(content.length, 64) - PKCS7_DATA.length;
        for (int i = 0; i <= limit; i++) {
            boolean match = true;
            for (int j = 0; j < PKCS7_DATA.length && match; j++) match = content[i + j] == PKCS7_DATA[j];
            if (match) return true;
        }
        return false;
    }

    private static X509Certificate parse(byte[] der) {
        try {
            var factory = CertificateFactory.getInstance("X.509");
            if (!(factory.generateCertificate(new ByteArrayInputStream(der)) instanceof X509Certificate cert)) {
                throw new BusinessException("error.certificate.notCertificate");
            }
            return cert;
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof BusinessException b) throw b;
            throw new BusinessException("error.certificate.notCertificate");
        }
    }

    public static ParsedCertificate describe(X509Certificate cert) {
        String subject = cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
        String issuer = cert.getIssuerX500Principal().getName(X500Principal.RFC2253);
        Map<String, String> s = attributes(subject);
        Map<String, String> i = attributes(issuer);
        String issuerName = i.getOrDefault("CN", i.getOrDefault("O", issuer));
        return new ParsedCertificate(cert.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT),
                subject, s.get("CN"), s.get("O"), s.get("OU"), issuer, issuerName,
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), keyUsage(cert));
    }

    /** CN, O, OU... of a distinguished name, values decoded (Vietnamese included); repeated types joined by ", ". */
    static Map<String, String> attributes(String dn) {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            List<Rdn> rdns = new ArrayList<>(new LdapName(dn).getRdns());
            java.util.Collections.reverse(rdns); // LdapName lists the most general first
            for (Rdn rdn : rdns) {
                String type = rdn.getType().toUpperCase(java.util.Locale.ROOT);
                String value = String.valueOf(rdn.getValue());
                result.merge(type, value, (a, b) -> a + ", " + b);
            }
        } catch (InvalidNameException e) {
            // an odd name is still stored whole; only the parts stay empty
        }
        return result;
    }

    private static List<String> keyUsage(X509Certificate cert) {
        boolean[] bits = cert.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits == null) return names;
        for (int b = 0; b < bits.length && b < KEY_USAGE.length; b++) if (bits[b]) names.add(KEY_USAGE[b]);
        return names;
    }
}
