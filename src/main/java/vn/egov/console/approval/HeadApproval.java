package vn.egov.console.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The approval step embedded in a feature's request entity (columns approval_step, approval_by, approval_at,
 * approval_note). Changed only through {@link UnitApproval}, which checks who may decide.
 */
@Embeddable
public class HeadApproval {

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_step")
    private ApprovalStep step = ApprovalStep.APPROVED;
    @Column(name = "approval_by")
    private String decidedBy;
    @Column(name = "approval_at")
    private Instant decidedAt;
    @Column(name = "approval_note")
    private String note;

    protected HeadApproval() {
    }

    /**
     * The step of a request made outside the filing flow (demo data, records carried over): approved, by nobody.
     * Requests people file get their step from {@link UnitApproval#start}.
     */
    public static HeadApproval notRequired() {
        return new HeadApproval(ApprovalStep.APPROVED, null, null);
    }

    /**
     * The step as a feature that keeps its requests in plain SQL read it back (the same four columns), so it can
     * hand it to {@link UnitApproval} and store {@link #toApproval()} afterwards.
     */
    public static HeadApproval stored(ApprovalStep step, String by, Instant at, String note) {
        HeadApproval approval = new HeadApproval(step == null ? ApprovalStep.APPROVED : step, by, at);
        approval.note = note;
        return approval;
    }

    HeadApproval(ApprovalStep step, String by, Instant at) {
        this.step = step;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void decide(ApprovalStep to, String by, Instant at, String reason) {
        this.step = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.note = reason;
    }

    public ApprovalStep step() {
        return step == null ? ApprovalStep.APPROVED : step;
    }

    public Approval toApproval() {
        return new Approval(step(), decidedBy, decidedAt, note);
    }
}
