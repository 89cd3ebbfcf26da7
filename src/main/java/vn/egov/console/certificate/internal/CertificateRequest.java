package vn.egov.console.certificate.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.egov.console.approval.HeadApproval;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.RequestStatus;
import vn.egov.console.certificate.RequestType;

@Entity
@Table(name = "certificate_request")
public class CertificateRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    private Long certificateId;
    @Enumerated(EnumType.STRING)
    private RequestType type;
    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.OPEN;
    @Enumerated(EnumType.STRING)
    private CertificateKind kind;
    private String holderName;
    private String reason;
    /** The certificate's status before the request changed it, restored when the request is rejected. */
    @Enumerated(EnumType.STRING)
    private CertificateStatus previousStatus;
    private String requestedBy;
    private Instant requestedAt;
    private String processedBy;
    private Instant processedAt;
    private String resolution;
    @Version
    private long version;
    @Embedded
    private HeadApproval approval = HeadApproval.notRequired();

    protected CertificateRequest() {
    }

    public CertificateRequest(long unitId, Long certificateId, RequestType type, CertificateKind kind,
                              String holderName, String reason, CertificateStatus previousStatus, String requestedBy,
                              Instant requestedAt) {
        this.unitId = unitId;
        this.certificateId = certificateId;
        this.type = type;
        this.kind = kind;
        this.holderName = holderName;
        this.reason = reason;
        this.previousStatus = previousStatus;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public void close(RequestStatus outcome, String by, Instant at, String resolution) {
        this.status = outcome;
        this.processedBy = by;
        this.processedAt = at;
        this.resolution = resolution;
    }

    /** Sets the approval step a new request starts at (see vn.egov.console.approval). */
    public CertificateRequest startApproval(HeadApproval approval) {
        this.approval = approval;
        return this;
    }

    public void detachCertificate() {
        this.certificateId = null;
    }

    public void moveTo(long unitId) {
        this.unitId = unitId;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public Long getCertificateId() { return certificateId; }
    public RequestType getType() { return type; }
    public RequestStatus getStatus() { return status; }
    public CertificateKind getKind() { return kind; }
    public String getHolderName() { return holderName; }
    public String getReason() { return reason; }
    public CertificateStatus getPreviousStatus() { return previousStatus; }
    public long getVersion() { return version; }
    public String getRequestedBy() { return requestedBy; }
    public HeadApproval getApproval() { return approval; }
}
