package vn.egov.console.mailbox;

import vn.egov.console.organization.Tier;

/**
 * One unit's mailboxes against its headcount (biên chế).
 *
 * @param staffMailboxes  personal mailboxes not closed (active, suspended or being set up)
 * @param unitMailbox     whether the unit has its own agency address
 * @param inactive        active mailboxes nobody logged in to for 90 days
 */
public record CoverageRow(long unitId, String code, String name, Tier tier, int headcount, long staffMailboxes,
                          boolean unitMailbox, long active, long suspended, long inactive, long closed) {

    public long live() {
        return staffMailboxes + (unitMailbox ? 1 : 0);
    }

    public boolean hasNone() {
        return live() == 0;
    }

    /** Staff with a mailbox per staff member on the headcount; 1 when the headcount is zero. */
    public double coverage() {
        return headcount == 0 ? 1 : Math.min(1, staffMailboxes / (double) headcount);
    }

    public long missing() {
        return Math.max(0, headcount - staffMailboxes);
    }
}
