package vn.egov.console.certificate.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.egov.console.certificate.CertificateHistoryRow;
import vn.egov.console.certificate.CertificateStatus;

@Entity
@Table(name = "certificate_history")
public class CertificateHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long certificateId;
    @Enumerated(EnumType.STRING)
    private CertificateStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CertificateStatus toStatus;
    private String actor;
    private Instant at;
    private String reason;

    protected CertificateHistoryEntry() {
    }

    public CertificateHistoryEntry(long certificateId, CertificateStatus fromStatus, CertificateStatus toStatus,
                                   String actor, Instant at, String reason) {
        this.certificateId = certificateId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.at = at;
        this.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    public CertificateHistoryRow toRow() {
        return new CertificateHistoryRow(at, actor, fromStatus, toStatus, reason);
    }
}
