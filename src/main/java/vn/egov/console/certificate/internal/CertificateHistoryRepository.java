package vn.egov.console.certificate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateHistoryRepository extends JpaRepository<CertificateHistoryEntry, Long> {

    List<CertificateHistoryEntry> findByCertificateIdOrderByAtDescIdDesc(long certificateId);
}
