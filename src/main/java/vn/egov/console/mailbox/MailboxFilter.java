package vn.egov.console.mailbox;

import vn.egov.console.organization.Tier;

/**
 * What the grid (and its export) shows. Every part is optional.
 *
 * @param text       start of an address (one word: "nguyenvanan", "snv@") or of the holder's name (words:
 *                   "nguyen van an", "Nguyễn Văn"); accents and case ignored
 * @param unitId     one unit (must be in the caller's scope)
 * @param inactive   active mailboxes nobody has logged in to for {@link MailboxService#INACTIVE_DAYS} days
 */
public record MailboxFilter(String text, Long unitId, Tier tier, MailboxStatus status, boolean inactive) {

    public static final MailboxFilter ALL = new MailboxFilter(null, null, null, null, false);

    public static MailboxFilter ofUnit(long unitId) {
        return new MailboxFilter(null, unitId, null, null, false);
    }

    /** Whether the text searches holder names (it has several words) rather than addresses. */
    public boolean searchesHolder() {
        return vn.egov.console.base.text.CleanText.line(text).contains(" ");
    }

    /**
     * The order rows come in: with a search text, the order of the searched column, so the search and the sort run
     * on one index range however many rows match (an OR over two columns, or a sort on another column, would make
     * the database read and sort every match).
     */
    public MailboxSort orderFor(MailboxSort requested) {
        if (!vn.egov.console.base.text.CleanText.hasVisibleText(text)) return requested;
        return searchesHolder() ? MailboxSort.HOLDER : MailboxSort.ADDRESS;
    }

    public boolean descendingFor(MailboxSort requested, boolean descending) {
        return orderFor(requested) == requested && descending;
    }

    public MailboxFilter withText(String value) {
        return new MailboxFilter(value, unitId, tier, status, inactive);
    }
}
