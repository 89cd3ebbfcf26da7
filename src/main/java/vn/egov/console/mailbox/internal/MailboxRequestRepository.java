package vn.egov.console.mailbox.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.console.mailbox.RequestStatus;

public interface MailboxRequestRepository extends JpaRepository<MailboxRequestEntity, Long> {

    List<MailboxRequestEntity> findByStatusOrderByRequestedAtAsc(RequestStatus status, Pageable page);

    long countByStatus(RequestStatus status);

    List<MailboxRequestEntity> findAllByOrderByRequestedAtDesc(Pageable page);

    List<MailboxRequestEntity> findByUnitIdInOrderByRequestedAtDesc(Collection<Long> unitIds, Pageable page);

    boolean existsByMailboxIdAndStatus(long mailboxId, RequestStatus status);

    List<MailboxRequestEntity> findByUnitId(long unitId);

    // ---- what the DIC sees: requests their unit's head has approved (or that needed no approval) ----

    @Query("select r from MailboxRequestEntity r where r.status = :status and r.approval.step = "
            + "vn.egov.console.approval.ApprovalStep.APPROVED order by r.requestedAt asc")
    List<MailboxRequestEntity> findApprovedByStatus(RequestStatus status, Pageable page);

    @Query("select count(r) from MailboxRequestEntity r where r.status = :status and r.approval.step = "
            + "vn.egov.console.approval.ApprovalStep.APPROVED")
    long countApprovedByStatus(RequestStatus status);

    @Query("select r from MailboxRequestEntity r where r.approval.step = "
            + "vn.egov.console.approval.ApprovalStep.APPROVED order by r.requestedAt desc")
    List<MailboxRequestEntity> findPastHead(Pageable page);

    // ---- what a unit head sees: requests waiting for them ----

    @Query("select r from MailboxRequestEntity r where r.approval.step = "
            + "vn.egov.console.approval.ApprovalStep.AWAITING_HEAD and r.unitId in :unitIds order by r.requestedAt asc")
    List<MailboxRequestEntity> findAwaitingHead(Collection<Long> unitIds, Pageable page);

    @Query("select count(r) from MailboxRequestEntity r where r.approval.step = "
            + "vn.egov.console.approval.ApprovalStep.AWAITING_HEAD and r.unitId in :unitIds")
    long countAwaitingHead(Collection<Long> unitIds);
}
