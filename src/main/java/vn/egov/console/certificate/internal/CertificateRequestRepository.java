package vn.egov.console.certificate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.console.certificate.RequestStatus;

public interface CertificateRequestRepository extends JpaRepository<CertificateRequest, Long> {

    boolean existsByCertificateIdAndStatus(Long certificateId, RequestStatus status);

    List<CertificateRequest> findByCertificateIdAndStatus(Long certificateId, RequestStatus status);

    List<CertificateRequest> findByStatus(RequestStatus status);

    List<CertificateRequest> findByUnitId(long unitId);
}
