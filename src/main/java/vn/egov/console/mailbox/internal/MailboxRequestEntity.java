package vn.egov.console.mailbox.internal;

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
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.RequestKind;
import vn.egov.console.mailbox.RequestStatus;

/** A unit's request to the DIC: a mailbox for a new staff member, or closing one. */
@Entity
@Table(name = "mailbox_request")
public class MailboxRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.PENDING;
    private long unitId;
    private Long mailboxId;
    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;
    private String holderName;
    private String position;
    private String address;
    private String note;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    @Version
    private long version;
    @Embedded
    private HeadApproval approval = HeadApproval.notRequired();

    protected MailboxRequestEntity() {
    }

    public static MailboxRequestEntity newMailbox(long unitId, HolderKind kind, String holderName, String position,
                                                  String address, String note, String by, Instant at,
                                                  HeadApproval approval) {
        var r = new MailboxRequestEntity();
        r.approval = approval;
        r.kind = RequestKind.NEW;
        r.unitId = unitId;
        r.holderKind = kind;
        r.holderName = holderName;
        r.position = position;
        r.address = address;
        r.note = note;
        r.requestedBy = by;
        r.requestedAt = at;
        return r;
    }

    public static MailboxRequestEntity closure(long unitId, long mailboxId, String address, String holderName,
                                               String note, String by, Instant at, HeadApproval approval) {
        var r = new MailboxRequestEntity();
        r.approval = approval;
        r.kind = RequestKind.CLOSE;
        r.unitId = unitId;
        r.mailboxId = mailboxId;
        r.address = address;
        r.holderName = holderName;
        r.note = note;
        r.requestedBy = by;
        r.requestedAt = at;
        return r;
    }

    public void decide(RequestStatus status, String by, Instant at, String reason) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public void linkMailbox(long mailboxId, String address) {
        this.mailboxId = mailboxId;
        this.address = address;
    }

    public void moveTo(long unitId) {
        this.unitId = unitId;
    }

    public Long getId() { return id; }
    public RequestKind getKind() { return kind; }
    public RequestStatus getStatus() { return status; }
    public long getUnitId() { return unitId; }
    public Long getMailboxId() { return mailboxId; }
    public HolderKind getHolderKind() { return holderKind; }
    public String getHolderName() { return holderName; }
    public String getPosition() { return position; }
    public String getAddress() { return address; }
    public String getNote() { return note; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public long getVersion() { return version; }
    public HeadApproval getApproval() { return approval; }
}
