package vn.egov.console.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;

/**
 * The certificate register as a spreadsheet: the rows the register shows for the same filter and order, in the
 * caller's scope (leadership and the DIC get the province, a unit its own certificates), with the facts a report to
 * the Government Cipher Committee needs.
 */
@Service
public class CertificateExportService {

    static final int CHUNK = 2_000;
    static final List<String> HEADERS = List.of("unit.code", "certificate.unit", "unit.tier", "certificate.kind",
            "certificate.holder", "certificate.status", "certificate.serial", "certificate.issuer",
            "certificate.validFrom", "certificate.validTo", "certificate.daysLeft", "certificate.tokenType",
            "certificate.handedOverOn", "certificate.trainedOn", "certificate.responsible");

    private final CertificateService certificates;

    CertificateExportService(CertificateService certificates) {
        this.certificates = certificates;
    }

    /**
     * @param label translation of a column or value key, in the reader's language
     * @return how many certificates were written
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long export(CertificateFilter filter, Sort sort, ExportFormat format, UnaryOperator<String> label,
                       OutputStream out) throws IOException {
        LocalDate today = certificates.today();
        long[] count = {0};
        // page by page through the same scoped search the register uses, so scope and filter cannot differ
        Stream<List<?>> rows = IntStream.iterate(0, page -> page + 1)
                .mapToObj(page -> certificates.search(filter, PageRequest.of(page, CHUNK, sort)))
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream)
                .peek(r -> count[0]++)
                .map(r -> cells(r, today, label));
        List<String> headers = HEADERS.stream().map(label).toList();
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows);
        else TabularWriter.xlsx(out, label.apply("certificate.export.sheet"), headers, rows);
        return count[0];
    }

    private static List<?> cells(CertificateRow r, LocalDate today, UnaryOperator<String> label) {
        Long daysLeft = r.validTo() != null && r.status().inUse() ? ChronoUnit.DAYS.between(today, r.validTo()) : null;
        return Arrays.asList(r.unitCode(), r.unitName(), label.apply(r.tier().translationKey()),
                label.apply(r.kind().translationKey()), r.holderName(), label.apply(r.status().translationKey()),
                r.serial(), r.issuer(), r.validFrom(), r.validTo(), daysLeft, r.tokenType(), r.handedOverOn(),
                r.trainedOn(), r.responsiblePerson());
    }
}
