package vn.egov.console.mailbox;

import vn.egov.console.organization.Tier;

/** Sums over units: one line per tier and one for the whole province (tier null). */
public record CoverageTotals(Tier tier, long units, long unitsWithNone, long headcount, long mailboxes,
                             long staffMailboxes, long active, long suspended, long inactive) {

    public double coverage() {
        return headcount == 0 ? 1 : Math.min(1, staffMailboxes / (double) headcount);
    }
}
