package vn.egov.console.mailbox.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.console.mailbox.RequestStatus;

public interface MailboxRequestRepository extends JpaRepository<MailboxRequestEntity, Long> {

    List<MailboxRequestEntity> findByStatusOrderByRequestedAtAsc(RequestStatus status, Pageable page);

    long countByStatus(RequestStatus status);

    List<MailboxRequestEntity> findAllByOrderByRequestedAtDesc(Pageable page);

    List<MailboxRequestEntity> findByUnitIdInOrderByRequestedAtDesc(Collection<Long> unitIds, Pageable page);

    boolean existsByMailboxIdAndStatus(long mailboxId, RequestStatus status);

    List<MailboxRequestEntity> findByUnitId(long unitId);
}
