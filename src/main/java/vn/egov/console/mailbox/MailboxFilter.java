package vn.egov.console.mailbox;

import vn.egov.console.organization.Tier;

/**
 * What the grid (and its export) shows. Every part is optional.
 *
 * @param text       start of an address or of the holder's name (accents and case ignored)
 * @param unitId     one unit (must be in the caller's scope)
 * @param inactive   active mailboxes nobody has logged in to for {@link MailboxService#INACTIVE_DAYS} days
 */
public record MailboxFilter(String text, Long unitId, Tier tier, MailboxStatus status, boolean inactive) {

    public static final MailboxFilter ALL = new MailboxFilter(null, null, null, null, false);

    public static MailboxFilter ofUnit(long unitId) {
        return new MailboxFilter(null, unitId, null, null, false);
    }

    public MailboxFilter withText(String value) {
        return new MailboxFilter(value, unitId, tier, status, inactive);
    }
}
