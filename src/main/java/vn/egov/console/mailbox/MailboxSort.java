package vn.egov.console.mailbox;

/**
 * The grid's sort orders. Address and holder are paged by keyset (an index range from the last row seen), so a page
 * deep in 600,000 rows costs as little as the first; the others fall back to an index-only offset scan.
 */
public enum MailboxSort {
    ADDRESS("m.address", true),
    HOLDER("m.holder_folded", true),
    STATUS("m.status", false),
    LAST_LOGIN("m.last_login", false);

    final String column;
    final boolean keyset;

    MailboxSort(String column, boolean keyset) {
        this.column = column;
        this.keyset = keyset;
    }

    public boolean supportsKeyset() {
        return keyset;
    }

    public String column() {
        return column;
    }
}
