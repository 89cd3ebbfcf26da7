package vn.egov.console.certificate;

import java.time.Instant;

public record CertificateHistoryRow(Instant at, String actor, CertificateStatus fromStatus, CertificateStatus toStatus,
                                    String reason) {
}
