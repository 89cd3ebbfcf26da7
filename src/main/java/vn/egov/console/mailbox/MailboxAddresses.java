package vn.egov.console.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.egov.console.base.error.BusinessException;

/** Rules for official addresses: lower case ASCII, a plain local part, and one of the province's domains. */
public final class MailboxAddresses {

    static final Pattern LOCAL = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");
    static final Pattern DOMAIN = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*\\.[a-z]{2,}");
    public static final int MAX_LENGTH = 254;
    // compiled once: folding runs for every row of the demo data and of every import
    private static final Pattern NOT_ADDRESS_CHARS = Pattern.compile("[^a-z0-9@._-]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    private MailboxAddresses() {
    }

    /** Trimmed and lower-cased: how an address is stored and compared. */
    public static String normalise(String address) {
        return vn.egov.console.base.text.CleanText.line(address).toLowerCase(Locale.ROOT);
    }

    /**
     * The error key (and arguments) for an address that breaks a rule, or null when it is fine. Used both by the
     * form (one exception) and by the import (one message per row).
     */
    public static BusinessException problem(String address, List<String> domains) {
        if (address.isEmpty()) return new BusinessException("error.mailbox.addressRequired");
        if (address.length() > MAX_LENGTH) return new BusinessException("error.mailbox.addressTooLong", MAX_LENGTH);
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at > 64
                || !LOCAL.matcher(address.substring(0, at)).matches()
                || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            return new BusinessException("error.mailbox.addressFormat", address);
        }
        if (!domains.contains(address.substring(at + 1))) {
            return new BusinessException("error.mailbox.addressDomain", address, String.join(", ", domains));
        }
        return null;
    }

    public static String validate(String raw, List<String> domains) {
        String address = normalise(raw);
        BusinessException problem = problem(address, domains);
        if (problem != null) throw problem;
        return address;
    }

    /** "Nguyễn Văn Đạt" → "nguyen van dat": how names are searched and how addresses are made. */
    public static String fold(String text) {
        String s = vn.egov.console.base.i18n.VietnameseText.fold(text);
        return SPACES.matcher(NOT_ADDRESS_CHARS.matcher(s).replaceAll(" ").strip()).replaceAll(" ");
    }

    /** "Nguyễn Văn An" → "nguyenvanan", the usual local part of a civil servant's address. */
    public static String localPart(String name) {
        return NOT_ALNUM.matcher(fold(name)).replaceAll("");
    }
}
