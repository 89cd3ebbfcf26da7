package vn.egov.console.overview;

import java.time.Instant;

/**
 * Something waiting for an administrator: a mailbox request, a certificate request, an overdue task...
 *
 * @param kindKey   translation key of the kind of item (e.g. "workQueue.mailboxRequest")
 * @param title     what it is about, already in the user's words (e.g. the unit and the person's name)
 * @param unitName  the unit that asked
 * @param since     when it started waiting
 * @param route     the view that handles it (e.g. "mailboxes/requests")
 */
public record WorkItem(String kindKey, String title, String unitName, Instant since, String route) {
}
