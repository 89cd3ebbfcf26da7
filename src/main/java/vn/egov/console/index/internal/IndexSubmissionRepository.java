package vn.egov.console.index.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.console.approval.ApprovalStep;

public interface IndexSubmissionRepository extends JpaRepository<IndexSubmission, Long> {

    Optional<IndexSubmission> findByAssessmentIdAndUnitId(long assessmentId, long unitId);

    List<IndexSubmission> findByApprovalStepAndUnitIdInOrderBySubmittedAt(ApprovalStep step, Collection<Long> unitIds);

    long countByApprovalStepAndUnitIdIn(ApprovalStep step, Collection<Long> unitIds);
}
