package vn.egov.console.certificate.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.egov.console.certificate.CertificateStatus;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    boolean existsBySerialAndIssuer(String serial, String issuer);

    List<Certificate> findByUnitId(long unitId);

    long countByUnitIdAndStatusIn(long unitId, Collection<CertificateStatus> statuses);

    /** Certificates in use whose next warning may be due: ending by {@code horizon} (expired ones leave "in use"). */
    @Query("""
            SELECT c FROM Certificate c WHERE c.status IN :statuses AND c.validTo <= :horizon
            ORDER BY c.validTo, c.id""")
    List<Certificate> expiryCandidates(@Param("statuses") Collection<CertificateStatus> statuses,
                                       @Param("horizon") LocalDate horizon);
}
