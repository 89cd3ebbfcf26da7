package vn.egov.console.certificate;

import java.time.Instant;
import vn.egov.console.approval.Approval;

public record RequestRow(long id, RequestType type, RequestStatus status, long unitId, String unitName,
                         Long certificateId, CertificateKind kind, String holderName, String reason,
                         String requestedBy, Instant requestedAt, String processedBy, Instant processedAt,
                         String resolution, long version, Approval approval) {
}
