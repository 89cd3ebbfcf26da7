package vn.egov.console.mailbox;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's mail set-up ({@code app.mailbox.*}): which domains its official addresses use, and the quota a new
 * mailbox gets. Another province changes the property, not the code.
 */
@ConfigurationProperties("app.mailbox")
public record MailboxProperties(List<String> domains, Integer defaultQuotaMb) {

    public MailboxProperties {
        domains = domains == null || domains.isEmpty() ? List.of("vinhphuc.gov.vn")
                : domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
        defaultQuotaMb = defaultQuotaMb == null ? 2048 : defaultQuotaMb;
    }

    public String primaryDomain() {
        return domains.getFirst();
    }
}
