package vn.egov.console.certificate;

/** Agency certificates (chứng thư số cơ quan, tổ chức) and personal ones (chứng thư số cá nhân). */
public enum CertificateKind {
    AGENCY, PERSONAL;

    public String translationKey() {
        return "certificateKind." + name();
    }
}
