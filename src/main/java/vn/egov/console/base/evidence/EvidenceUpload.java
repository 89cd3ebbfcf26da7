package vn.egov.console.base.evidence;

import java.time.LocalDate;

/**
 * Evidence (minh chứng) as a user hands it in: the document's number, date and summary and the file itself.
 * The number, date and summary are optional; the file is what makes it evidence.
 */
public record EvidenceUpload(String documentNumber, LocalDate documentDate, String summary, String fileName,
                             byte[] content) {
}
