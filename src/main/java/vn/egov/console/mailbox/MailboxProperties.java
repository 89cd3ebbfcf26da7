package vn.egov.console.mailbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail set-up ({@code app.mailbox.*}): the quota a new mailbox gets. Which domains official addresses use is a
 * province setting ({@code ProvinceSettingsService}), changed by an administrator or by {@code app.province.*}.
 */
@ConfigurationProperties("app.mailbox")
public record MailboxProperties(Integer defaultQuotaMb) {

    public MailboxProperties {
        defaultQuotaMb = defaultQuotaMb == null ? 2048 : defaultQuotaMb;
    }
}
