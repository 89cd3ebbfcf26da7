package vn.egov.console.mailbox;

import java.time.LocalDate;
import vn.egov.console.organization.Tier;

/** A mailbox as the grid, the form and the export see it. */
public record MailboxRow(long id, String address, HolderKind holderKind, String holderName, String position,
                         long unitId, String unitCode, String unitName, Tier tier, MailboxStatus status,
                         int quotaMb, int usedMb, LocalDate requestedOn, LocalDate activatedOn, LocalDate closedOn,
                         LocalDate lastLogin, long version, String holderFolded) {

    /** The keyset position of this row under the given sort. */
    public MailboxKey key(MailboxSort sort) {
        String value = switch (sort) {
            case ADDRESS -> address;
            case HOLDER -> holderFolded;
            case STATUS -> status.name();
            case LAST_LOGIN -> lastLogin == null ? null : lastLogin.toString();
        };
        return new MailboxKey(value, address, id);
    }
}
