package vn.egov.console.certificate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateStatus;

@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unitId;
    @Enumerated(EnumType.STRING)
    private CertificateKind kind;
    private String holderName;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    private String serial;
    private String issuer;
    private Boolean issuerTrusted;
    private String subject;
    private String keyUsage;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String tokenType;
    private LocalDate handedOverOn;
    private LocalDate trainedOn;
    private String responsiblePerson;
    private Long replacedById;
    /** The most urgent expiry warning already sent (90, 60, 30, 7; 0 = expired); null = none yet. */
    @Version
    private long version;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;

    protected Certificate() {
    }

    public Certificate(long unitId, CertificateKind kind, String holderName, CertificateStatus status, Instant now) {
        this.unitId = unitId;
        this.kind = kind;
        this.holderName = holderName;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void issued(String serial, String issuer, String subject, String keyUsage, LocalDate validFrom,
                       LocalDate validTo, String tokenType, Instant now) {
        this.serial = serial;
        this.issuer = issuer;
        this.subject = subject;
        this.keyUsage = keyUsage;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.tokenType = tokenType;
        this.updatedAt = now;
    }

    /** Whether a configured trusted CA verified the signature (false: an ADMIN confirmed it with a reason). */
    public void issuerTrusted(boolean trusted) {
        this.issuerTrusted = trusted;
    }

    public void handedOver(LocalDate on, LocalDate trainedOn, String responsiblePerson, Instant now) {
        this.handedOverOn = on;
        this.trainedOn = trainedOn;
        this.responsiblePerson = responsiblePerson;
        this.updatedAt = now;
    }

    public void status(CertificateStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public void replacedBy(long successorId, Instant now) {
        this.replacedById = successorId;
        status(CertificateStatus.REPLACED, now);
    }

    public void moveTo(long unitId, Instant now) {
        this.unitId = unitId;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public CertificateKind getKind() { return kind; }
    public String getHolderName() { return holderName; }
    public CertificateStatus getStatus() { return status; }
    public String getSerial() { return serial; }
    public String getIssuer() { return issuer; }
    public String getTokenType() { return tokenType; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public LocalDate getHandedOverOn() { return handedOverOn; }
    public long getVersion() { return version; }
}
