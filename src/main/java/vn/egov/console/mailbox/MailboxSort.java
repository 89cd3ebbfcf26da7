package vn.egov.console.mailbox;

/**
 * The grid's sort orders. Each runs on an index whose order it follows (status ties broken by address, every other
 * tie by id), so every order is paged by keyset, an index range from the last row seen: a page deep in 600,000 rows
 * costs as little as the first.
 */
public enum MailboxSort {
    ADDRESS("m.address"),
    HOLDER("m.holder_folded"),
    STATUS("m.status"),
    LAST_LOGIN("m.last_login");

    final String column;

    MailboxSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
