package vn.egov.console.mailbox.internal;

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
import vn.egov.console.mailbox.HolderKind;
import vn.egov.console.mailbox.MailboxAddresses;
import vn.egov.console.mailbox.MailboxStatus;

/** One official mailbox. Single edits go through this entity (optimistic locking); bulk work uses JDBC. */
@Entity
@Table(name = "mailbox")
public class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String address;
    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;
    private String holderName;
    private String holderFolded;
    private String position;
    private long unitId;
    @Enumerated(EnumType.STRING)
    private MailboxStatus status;
    private int quotaMb;
    private int usedMb;
    private LocalDate requestedOn;
    private LocalDate activatedOn;
    private LocalDate closedOn;
    private LocalDate lastLogin;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Mailbox() {
    }

    public Mailbox(String address, HolderKind holderKind, String holderName, String position, long unitId,
                   MailboxStatus status, int quotaMb, LocalDate requestedOn, Instant now) {
        this.address = address;
        this.holderKind = holderKind;
        setHolderName(holderName);
        this.position = position;
        this.unitId = unitId;
        this.status = status;
        this.quotaMb = quotaMb;
        this.requestedOn = requestedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A compact "field=value; ..." picture of the record for the audit trail. */
    public String describe() {
        return String.join("; ", address, "kind=" + holderKind, "holder=" + holderName,
                "position=" + (position == null ? "" : position), "unit=" + unitId, "status=" + status,
                "quota=" + quotaMb);
    }

    public void edit(String address, HolderKind holderKind, String holderName, String position, long unitId,
                     int quotaMb, Instant now) {
        this.address = address;
        this.holderKind = holderKind;
        setHolderName(holderName);
        this.position = position;
        this.unitId = unitId;
        this.quotaMb = quotaMb;
        this.updatedAt = now;
    }

    public void changeStatus(MailboxStatus status, LocalDate today, Instant now) {
        if (status == MailboxStatus.ACTIVE && activatedOn == null) activatedOn = today;
        if (status == MailboxStatus.CLOSED) closedOn = today;
        this.status = status;
        this.updatedAt = now;
    }

    public void moveTo(long unitId, Instant now) {
        this.unitId = unitId;
        this.updatedAt = now;
    }

    private void setHolderName(String holderName) {
        this.holderName = holderName;
        this.holderFolded = MailboxAddresses.fold(holderName);
    }

    public Long getId() { return id; }
    public String getAddress() { return address; }
    public HolderKind getHolderKind() { return holderKind; }
    public String getHolderName() { return holderName; }
    public String getPosition() { return position; }
    public long getUnitId() { return unitId; }
    public MailboxStatus getStatus() { return status; }
    public int getQuotaMb() { return quotaMb; }
    public LocalDate getClosedOn() { return closedOn; }
    public long getVersion() { return version; }
}
