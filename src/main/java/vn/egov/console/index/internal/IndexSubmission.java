package vn.egov.console.index.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.egov.console.approval.HeadApproval;

/** A unit's self-assessment handed in for one assessment, with the unit head's approval step. */
@Entity
@Table(name = "idx_submission")
public class IndexSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long assessmentId;
    private long unitId;
    private String submittedBy;
    private Instant submittedAt;
    @Embedded
    private HeadApproval approval = HeadApproval.notRequired();
    @Version
    private long version;

    protected IndexSubmission() {
    }

    public static IndexSubmission of(long assessmentId, long unitId) {
        var s = new IndexSubmission();
        s.assessmentId = assessmentId;
        s.unitId = unitId;
        return s;
    }

    /** Hands it in (again): a new approval step starts each time. */
    public void handIn(HeadApproval approval, String by, Instant at) {
        this.approval = approval;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public Long getId() { return id; }
    public long getAssessmentId() { return assessmentId; }
    public long getUnitId() { return unitId; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public HeadApproval getApproval() { return approval; }
}
