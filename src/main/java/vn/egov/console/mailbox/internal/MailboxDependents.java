package vn.egov.console.mailbox.internal;

import org.springframework.stereotype.Component;
import vn.egov.console.mailbox.MailboxStatus;
import vn.egov.console.organization.UnitDependents;

/** A unit with mailboxes that are not closed cannot be dissolved: they would be left without a unit. */
@Component
class MailboxDependents implements UnitDependents {

    private final MailboxRepository mailboxes;

    MailboxDependents(MailboxRepository mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public String whatKey() {
        return "mailbox.dependents";
    }

    @Override
    public long countActive(long unitId) {
        return mailboxes.countByUnitIdAndStatusNot(unitId, MailboxStatus.CLOSED);
    }
}
