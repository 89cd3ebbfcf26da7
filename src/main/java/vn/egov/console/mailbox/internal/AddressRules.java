package vn.egov.console.mailbox.internal;

import vn.egov.console.organization.ProvinceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.mailbox.MailboxProperties;

/**
 * Whether an address may be given to a mailbox: well-formed, in the province's domains, not used by another live
 * mailbox, and not closed within the last 12 months (mail meant for the former holder must not reach a new one).
 */
@Component
public class AddressRules {

    public static final int QUARANTINE_MONTHS = 12;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final MailboxProperties properties;
    private final ProvinceSettingsService province;
    private final Clock clock;

    AddressRules(org.springframework.jdbc.core.JdbcTemplate jdbc, MailboxProperties properties, ProvinceSettingsService province, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.province = province;
        this.clock = clock;
    }

    /** The normalised address, or a BusinessException saying what is wrong. */
    public String checkAvailable(String raw, Long selfId) {
        String address = vn.egov.console.mailbox.MailboxAddresses.validate(raw, province.current().mailDomains());
        if (isLive(address, selfId)) throw new BusinessException("error.mailbox.addressTaken", address);
        LocalDate until = quarantinedUntil(address, selfId);
        if (until != null) {
            throw new BusinessException("error.mailbox.addressQuarantined", address, Formats.date(until));
        }
        return address;
    }

    /** The day a recently closed address becomes free again, or null when it is free now. */
    public LocalDate quarantinedUntil(String address, Long selfId) {
        LocalDate today = LocalDate.now(clock);
        // read with JDBC, not the persistence context: always the committed-or-flushed state of the row
        return jdbc.queryForList("SELECT closed_on FROM mailbox WHERE address = ? AND status = 'CLOSED' "
                        + "AND closed_on IS NOT NULL AND id <> ? ORDER BY closed_on DESC", java.sql.Date.class,
                        address, selfId == null ? -1 : selfId).stream()
                .map(d -> d.toLocalDate().plusMonths(QUARANTINE_MONTHS))
                .filter(free -> free.isAfter(today))
                .findFirst().orElse(null);
    }

    /** Whether another mailbox that is not closed uses the address. */
    public boolean isLive(String address, Long selfId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mailbox WHERE live_address = ? AND id <> ?",
                Integer.class, address, selfId == null ? -1 : selfId);
        return n != null && n > 0;
    }
}
