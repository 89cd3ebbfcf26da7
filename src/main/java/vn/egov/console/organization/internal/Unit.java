package vn.egov.console.organization.internal;

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
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitStatus;
import vn.egov.console.organization.UnitSummary;

@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private Long parentId;
    private int headcount;
    private boolean hasItOfficer;
    @Enumerated(EnumType.STRING)
    private UnitStatus status = UnitStatus.ACTIVE;
    private Long successorId;
    private LocalDate endedOn;
    @Version
    private long version;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;

    protected Unit() {
    }

    public Unit(String code, String name, Tier tier, UnitKind kind, Long parentId, int headcount,
                boolean hasItOfficer, Instant now) {
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.kind = kind;
        this.parentId = parentId;
        this.headcount = headcount;
        this.hasItOfficer = hasItOfficer;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UnitSummary toSummary() {
        return new UnitSummary(id, code, name, tier, kind, parentId, headcount, hasItOfficer, status, successorId,
                endedOn, version);
    }

    public void change(String code, String name, Tier tier, UnitKind kind, Long parentId, int headcount,
                       boolean hasItOfficer, Instant now) {
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.kind = kind;
        this.parentId = parentId;
        this.headcount = headcount;
        this.hasItOfficer = hasItOfficer;
        this.updatedAt = now;
    }

    public void end(UnitStatus status, Long successorId, LocalDate on, Instant now) {
        this.status = status;
        this.successorId = successorId;
        this.endedOn = on;
        this.updatedAt = now;
    }

    public void moveUnder(Long parentId, Instant now) {
        this.parentId = parentId;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Tier getTier() { return tier; }
    public UnitKind getKind() { return kind; }
    public Long getParentId() { return parentId; }
    public int getHeadcount() { return headcount; }
    public boolean isHasItOfficer() { return hasItOfficer; }
    public UnitStatus getStatus() { return status; }
    public Long getSuccessorId() { return successorId; }
    public long getVersion() { return version; }
}
