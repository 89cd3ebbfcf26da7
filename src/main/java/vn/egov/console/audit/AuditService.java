package vn.egov.console.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.internal.AuditStore;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.time.ProvinceTime;

/** Reading the audit trail: ADMIN only, every method, whatever the view shows or hides. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditService {

    static final int CHUNK = 2_000;
    static final List<String> HEADERS = List.of("common.when", "user.username", "audit.address", "audit.feature",
            "audit.entityType", "audit.entityId", "audit.record", "audit.action", "audit.changes", "audit.note");

    private final AuditStore store;

    AuditService(AuditStore store) {
        this.store = store;
    }

    public List<AuditRow> search(AuditFilter filter, int offset, int limit) {
        return store.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    public long count(AuditFilter filter) {
        return store.count(filter);
    }

    /** Features that have entries, for the filter. */
    public List<String> features() {
        return store.features();
    }

    /** The entries of one record, newest first. */
    public List<AuditRow> history(String entityType, long entityId) {
        return store.forRecord(entityType, entityId);
    }

    /**
     * The filtered trail, newest first, as CSV or .xlsx, written page by page so a large trail never sits in memory.
     *
     * @param label translation of a key in the reader's language
     * @return how many entries were written
     */
    public long export(AuditFilter filter, ExportFormat format, UnaryOperator<String> label, OutputStream out)
            throws IOException {
        long[] count = {0};
        Stream<List<?>> rows = IntStream.iterate(0, page -> page + 1)
                .mapToObj(page -> store.search(filter, page * CHUNK, CHUNK))
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream)
                .peek(r -> count[0]++)
                .map(r -> cells(r, label));
        List<String> headers = HEADERS.stream().map(label).toList();
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, label.apply("audit.export.sheet"), headers, rows);
        return count[0];
    }

    private static List<?> cells(AuditRow r, UnaryOperator<String> label) {
        return Arrays.asList(vn.egov.console.base.i18n.Formats.dateTime(r.at().atZone(ProvinceTime.ZONE)), r.actor(),
                r.client(), label.apply("audit.feature." + r.feature()), label.apply("audit.entity." + r.entityType()),
                r.entityId(), r.label(), label.apply(r.action().translationKey()), r.changesText(), r.note());
    }
}
