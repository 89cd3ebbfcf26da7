package vn.egov.console.approval;

/** Where a unit's request stands with the unit's head, before the DIC sees it. */
public enum ApprovalStep {
    /** Filed by an IT officer; the head of the unit has not decided yet. The DIC does not see it. */
    AWAITING_HEAD,
    /** Approved by the head, or filed by a head (or the DIC) and so approved from the start. */
    APPROVED,
    /** Sent back by the head with a reason; closed, the officer files a new request if still needed. */
    RETURNED;

    public String translationKey() {
        return "approvalStep." + name();
    }
}
