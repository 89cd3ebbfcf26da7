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
 * through 600,000 rows costs the same per page at the end as at the start. Without a nearby bookmark (a first page,
 * a jump) it asks for the page by offset, which the service answers from the index alone.
 */
class MailboxPager {

    static final int MAX_SKIP = 2_000;
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
        Map.Entry<Integer, MailboxKey> near = sort.supportsKeyset() ? bookmarks.floorEntry(offset) : null;
        if (offset > 0 && near != null && offset - near.getKey() <= MAX_SKIP) {
            rows = service.pageAfter(filter, sort, descending, near.getValue(), offset - near.getKey(), limit);
        } else {
            rows = service.page(filter, sort, descending, offset, limit);
        }
        if (!rows.isEmpty() && sort.supportsKeyset()) {
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
