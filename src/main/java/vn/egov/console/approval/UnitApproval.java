package vn.egov.console.approval;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.notification.Alert;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.organization.UnitAccess;
import vn.egov.console.security.Actor;
import vn.egov.console.security.CurrentUser;
import vn.egov.console.security.Recipient;
import vn.egov.console.security.Role;
import vn.egov.console.security.UserDirectory;

/**
 * The unit approval step of PRODUCT.md's roles: what a unit's IT officer files goes to the unit's head before the
 * DIC sees it; the head approves or returns it with a reason. Features embed a {@link HeadApproval} in their request
 * and call this helper, which decides the first step and checks who may decide. A head's own requests, and the
 * DIC's, go straight through; so do an officer's when no enabled head sits over the unit (nobody could approve).
 */
@Component
public class UnitApproval {

    public static final int MAX_REASON = 1000;

    private final CurrentUser currentUser;
    private final UnitAccess access;
    private final UserDirectory directory;
    private final NotificationService notifications;
    private final Clock clock;

    UnitApproval(CurrentUser currentUser, UnitAccess access, UserDirectory directory,
                 NotificationService notifications, Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The first step of a request the caller files for this unit. */
    public HeadApproval start(long unitId) {
        Actor actor = currentUser.require();
        if (actor.role() == Role.UNIT_OFFICER && !headsOver(unitId).isEmpty()) {
            return new HeadApproval(ApprovalStep.AWAITING_HEAD, null, null);
        }
        return new HeadApproval(ApprovalStep.APPROVED, actor.username(), clock.instant());
    }

    /** The caller, a head whose scope holds the unit, approves: the request goes on to the DIC. */
    public void approve(HeadApproval approval, long unitId) {
        checkDecider(unitId);
        checkAwaiting(approval);
        approval.decide(ApprovalStep.APPROVED, currentUser.username(), clock.instant(), null);
    }

    /** The caller, a head whose scope holds the unit, sends it back; returns the cleaned reason. */
    public String giveBack(HeadApproval approval, long unitId, String reason) {
        checkDecider(unitId);
        checkAwaiting(approval);
        String why = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (why.isEmpty()) throw new BusinessException("error.reasonRequired");
        if (why.length() > MAX_REASON) throw new BusinessException("error.approval.reasonTooLong", MAX_REASON);
        approval.decide(ApprovalStep.RETURNED, currentUser.username(), clock.instant(), why);
        return why;
    }

    /** For the DIC's processing: a request its unit's head has not approved is not theirs to handle yet. */
    public void checkApproved(HeadApproval approval) {
        if (approval.step() != ApprovalStep.APPROVED) {
            throw new BusinessException("error.approval.notApproved", approval.step().translationKey());
        }
    }

    /** Whether the caller may approve or return this unit's requests (a head, the unit within their scope). */
    public boolean canDecide(long unitId) {
        Actor actor = currentUser.find().orElse(null);
        return actor != null && actor.role() == Role.UNIT_HEAD && access.scope().contains(unitId);
    }

    /** The units whose waiting requests the caller decides: a head's scope, nobody else's. */
    public Set<Long> decidedUnits() {
        Actor actor = currentUser.require();
        if (actor.role() != Role.UNIT_HEAD) throw new AccessDeniedException("Only a unit head approves requests");
        return access.scope().unitIds();
    }

    /** Tells the heads over the unit that something waits for them. */
    public void tellHeads(long unitId, Alert alert) {
        notifications.notifyPeople(headsOver(unitId), alert);
    }

    /** Tells whoever filed the request (e.g. why it was returned). */
    public void tellRequester(String username, Alert alert) {
        directory.byUsername(username).ifPresent(r -> notifications.notifyPeople(List.of(r), alert));
    }

    private List<Recipient> headsOver(long unitId) {
        return directory.heads(access.chainUp(unitId));
    }

    private void checkDecider(long unitId) {
        Actor actor = currentUser.require();
        if (actor.role() != Role.UNIT_HEAD) throw new AccessDeniedException("Only a unit head approves requests");
        access.checkReadable(unitId);
    }

    private static void checkAwaiting(HeadApproval approval) {
        if (approval.step() != ApprovalStep.AWAITING_HEAD) {
            throw new BusinessException("error.approval.notAwaiting", approval.step().translationKey());
        }
    }
}
