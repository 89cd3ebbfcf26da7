package vn.egov.console.mailbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.mailbox.MailboxProperties;
import vn.egov.console.mailbox.MailboxStatus;

/**
 * Whether an address may be given to a mailbox: well-formed, in the province's domains, not used by another live
 * mailbox, and not closed within the last 12 months (mail meant for the former holder must not reach a new one).
 */
@Component
public class AddressRules {

    public static final int QUARANTINE_MONTHS = 12;
    private final MailboxRepository mailboxes;
    private final MailboxProperties properties;
    private final Clock clock;

    AddressRules(MailboxRepository mailboxes, MailboxProperties properties, Clock clock) {
        this.mailboxes = mailboxes;
        this.properties = properties;
        this.clock = clock;
    }

    /** The normalised address, or a BusinessException saying what is wrong. */
    public String checkAvailable(String raw, Long selfId) {
        String address = vn.egov.console.mailbox.MailboxAddresses.validate(raw, properties.domains());
        mailboxes.findFirstByAddressAndStatusNot(address, MailboxStatus.CLOSED)
                .filter(m -> !m.getId().equals(selfId))
                .ifPresent(m -> {
                    throw new BusinessException("error.mailbox.addressTaken", address);
                });
        LocalDate until = quarantinedUntil(address, selfId);
        if (until != null) {
            throw new BusinessException("error.mailbox.addressQuarantined", address, Formats.date(until));
        }
        return address;
    }

    /** The day a recently closed address becomes free again, or null when it is free now. */
    public LocalDate quarantinedUntil(String address, Long selfId) {
        LocalDate today = LocalDate.now(clock);
        return mailboxes.findByAddressAndStatusOrderByClosedOnDesc(address, MailboxStatus.CLOSED).stream()
                .filter(m -> !m.getId().equals(selfId) && m.getClosedOn() != null)
                .map(m -> m.getClosedOn().plusMonths(QUARANTINE_MONTHS))
                .filter(free -> free.isAfter(today))
                .findFirst().orElse(null);
    }
}
