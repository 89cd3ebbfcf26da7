package vn.egov.console.mailbox;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The columns of an export, in order. Their titles are the same ones the import understands, so an exported file
 * can be corrected in a spreadsheet and imported back.
 */
final class ExportColumns {

    static final List<String> HEADERS = List.of("mailbox.col.address", "mailbox.col.holderKind",
            "mailbox.col.holderName", "mailbox.col.position", "mailbox.col.unitCode", "mailbox.col.unitName",
            "mailbox.col.tier", "mailbox.col.status", "mailbox.col.quotaMb", "mailbox.col.usedMb",
            "mailbox.col.activatedOn", "mailbox.col.lastLogin");

    private ExportColumns() {
    }

    static List<?> cells(MailboxRow r, UnaryOperator<String> label) {
        return Arrays.asList(r.address(), label.apply(r.holderKind().translationKey()), r.holderName(),
                r.position(), r.unitCode(), r.unitName(), label.apply(r.tier().translationKey()),
                label.apply(r.status().translationKey()), r.quotaMb(), r.usedMb(), r.activatedOn(), r.lastLogin());
    }
}
