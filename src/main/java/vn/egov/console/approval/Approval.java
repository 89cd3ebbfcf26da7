package vn.egov.console.approval;

import java.time.Instant;

/**
 * A request's approval step as rows and views show it.
 *
 * @param by   who approved or returned it (for a request that went straight through: who filed it)
 * @param note the head's reason when returned
 */
public record Approval(ApprovalStep step, String by, Instant at, String note) {

    public boolean awaitingHead() {
        return step == ApprovalStep.AWAITING_HEAD;
    }

    public boolean approved() {
        return step == ApprovalStep.APPROVED;
    }
}
