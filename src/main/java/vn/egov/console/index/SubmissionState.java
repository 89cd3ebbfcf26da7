package vn.egov.console.index;

import vn.egov.console.approval.Approval;

/** Whether and by whom a unit's self-assessment was handed in, and where its head's approval stands. */
public record SubmissionState(String submittedBy, java.time.Instant submittedAt, Approval approval) {

    public static final SubmissionState NONE = new SubmissionState(null, null, null);

    public boolean handedIn() {
        return submittedBy != null;
    }
}
