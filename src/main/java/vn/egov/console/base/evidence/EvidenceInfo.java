package vn.egov.console.base.evidence;

import java.time.Instant;
import java.time.LocalDate;

/** A stored evidence file without its content, for lists and download links. */
public record EvidenceInfo(long id, String documentNumber, LocalDate documentDate, String summary, String fileName,
                           EvidenceType type, int sizeBytes, String uploadedBy, Instant uploadedAt) {
}
