package vn.egov.console.mailbox.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.egov.console.mailbox.MailboxFilter;
import vn.egov.console.mailbox.MailboxKey;
import vn.egov.console.mailbox.MailboxRow;
import vn.egov.console.mailbox.MailboxService;
import vn.egov.console.mailbox.MailboxSort;

/**
 * Turns the grid's offset requests into keyset pages. It remembers the last row of every page it has served (for the
 * current filter and sort); a request for a later offset continues from the nearest remembered row, so scrolling
 * through 600,000 rows costs the same per page at the end as at the start. Only the first page, and a page before
 * every remembered row, is asked for by offset from the top.
 */
class MailboxPager {

    private final MailboxService service;
    private final TreeMap<Integer, MailboxKey> bookmarks = new TreeMap<>();
    private Object current;

    MailboxPager(MailboxService service) {
        this.service = service;
    }

    List<MailboxRow> fetch(MailboxFilter filter, MailboxSort requested, boolean requestedDesc, int offset, int limit) {
        // a search text decides the order (see MailboxFilter#orderFor); bookmarks must use the order really applied
        MailboxSort sort = filter.orderFor(requested);
        boolean descending = filter.descendingFor(requested, requestedDesc);
        Object key = List.of(filter, sort, descending);
        if (!key.equals(current)) {
            bookmarks.clear();
            current = key;
        }
        List<MailboxRow> rows;
        Map.Entry<Integer, MailboxKey> near = bookmarks.floorEntry(offset);
        if (offset > 0 && near != null) {
            rows = service.pageAfter(filter, sort, descending, near.getValue(), offset - near.getKey(), limit);
        } else {
            rows = service.page(filter, sort, descending, offset, limit);
        }
        if (!rows.isEmpty()) {
            bookmarks.put(offset + rows.size(), rows.getLast().key(sort));
            if (bookmarks.size() > 10_000) bookmarks.pollFirstEntry();
        }
        return rows;
    }

    void reset() {
        bookmarks.clear();
        current = null;
    }
}
