package vn.egov.console.index;

import java.time.LocalDate;
import java.util.List;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.architecture.TaskStatus;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateStatus;
import vn.egov.console.certificate.RenewalFiling;
import vn.egov.console.docflow.Stage;
import vn.egov.console.portal.AssessmentResult;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.RestoreResult;

/**
 * The metrics the console computes from its own records, each a named function over one unit's facts for one year.
 * A value is a share (0..1), a yes/no (0 or 1) or a count; null means no data (it scores nothing). {@link #route}
 * is the screen that lists the rows behind it.
 */
public enum IndexMetric {
    /** The unit has at least one portal. */
    HAS_PORTAL("portals") {
        @Override
        public Double value(UnitFacts f) {
            return f.portals().isEmpty() ? 0.0 : 1.0;
        }
    },
    /**
     * Share of the three compliance checks its portals pass at the snapshot, averaged over portals: content updated
     * within 30 days, a security assessment passed within 12 months, a successful restore test within 12 months.
     */
    PORTAL_COMPLIANCE("portals") {
        @Override
        public Double value(UnitFacts f) {
            if (f.portals().isEmpty()) return null;
            return f.portals().stream().mapToDouble(p -> complianceShare(p, f.snapshot())).average().orElse(0);
        }
    },
    /** Outgoing documents sent electronically ÷ all sent in the year. */
    DOC_ELECTRONIC_SHARE("docflow/figures") {
        @Override
        public Double value(UnitFacts f) {
            return f.exchange() == null ? null : share(f.exchange().electronicShare());
        }
    },
    /** Digitally signed ÷ sent electronically in the year. */
    DOC_SIGNED_SHARE("docflow/figures") {
        @Override
        public Double value(UnitFacts f) {
            return f.exchange() == null ? null : share(f.exchange().signedShare());
        }
    },
    /** 1 − paper sent in parallel ÷ sent electronically: the share sent without a paper copy. */
    DOC_NO_PAPER_SHARE("docflow/figures") {
        @Override
        public Double value(UnitFacts f) {
            Double paper = f.exchange() == null ? null : share(f.exchange().paperParallelShare());
            return paper == null ? null : 1 - paper;
        }
    },
    /** Signed share of the documents sent to central government (the Government Office figure). */
    DOC_CENTRAL_SIGNED_SHARE("docflow/figures") {
        @Override
        public Double value(UnitFacts f) {
            return f.exchange() == null ? null : share(f.exchange().centralSignedShare());
        }
    },
    /** Document-management stage reached by the snapshot: 0 not started … 5 connected to the national axis. */
    DOC_STAGE("docflow/rollout") {
        @Override
        public Double value(UnitFacts f) {
            if (f.rollout() == null) return 0.0;
            int reached = 0;
            for (Stage s : Stage.reachable()) {
                LocalDate on = f.rollout().rollout().reachedOn(s);
                if (on != null && !on.isAfter(f.snapshot())) reached = s.ordinal();
            }
            return (double) reached;
        }
    },
    /** Staff with an official mailbox ÷ headcount. */
    MAILBOX_COVERAGE("mailboxes/coverage") {
        @Override
        public Double value(UnitFacts f) {
            return f.mailboxes() == null ? (f.unit().headcount() == 0 ? 1.0 : 0.0) : f.mailboxes().coverage();
        }
    },
    /** Active mailboxes used within 90 days ÷ active mailboxes. */
    MAILBOX_USED_90D("mailboxes") {
        @Override
        public Double value(UnitFacts f) {
            if (f.mailboxes() == null || f.mailboxes().active() == 0) return null;
            return (f.mailboxes().active() - f.mailboxes().inactive()) / (double) f.mailboxes().active();
        }
    },
    /** The unit holds an agency certificate valid on the snapshot date. */
    CERT_AGENCY_IN_FORCE("certificates") {
        @Override
        public Double value(UnitFacts f) {
            return f.certificates().stream().anyMatch(c -> c.kind() == CertificateKind.AGENCY
                    && c.status() != CertificateStatus.REVOKED && inForce(c.validFrom(), c.validTo(), f.snapshot()))
                    ? 1.0 : 0.0;
        }
    },
    /**
     * Renewals the unit filed in the year (up to the snapshot) while at least 60 days of validity remained ÷ all
     * renewals it filed in the year; null when it filed none.
     */
    CERT_RENEWAL_ON_TIME("certificates/requests") {
        @Override
        public Double value(UnitFacts f) {
            List<RenewalFiling> filed = f.renewals().stream().filter(r -> r.filedOn().getYear() == f.year()
                    && !r.filedOn().isAfter(f.snapshot())).toList();
            if (filed.isEmpty()) return null;
            return filed.stream().filter(RenewalFiling::onTime).count() / (double) filed.size();
        }
    },
    /** Online applications ÷ applications received in the year. */
    PS_ONLINE_SHARE("public-services") {
        @Override
        public Double value(UnitFacts f) {
            return f.publicServices() == null ? null : f.publicServices().onlineShare();
        }
    },
    /** Applications resolved on time ÷ resolved in the year. */
    PS_ON_TIME_RATE("public-services") {
        @Override
        public Double value(UnitFacts f) {
            return f.publicServices() == null ? null : f.publicServices().onTimeRate();
        }
    },
    /** Procedures the unit offered online in the year that received not one online application from it (a count). */
    PS_ONLINE_UNUSED("public-services") {
        @Override
        public Double value(UnitFacts f) {
            return f.onlineUse() == null ? null : (double) f.onlineUse().unused();
        }
    },
    /**
     * The other side of {@link #PS_ONLINE_UNUSED} as a share a rule can score: procedures offered online that received
     * at least one online application in the year ÷ procedures offered online.
     */
    PS_ONLINE_USED_SHARE("public-services") {
        @Override
        public Double value(UnitFacts f) {
            return f.onlineUse() == null ? null : f.onlineUse().usedShare();
        }
    },
    /** Architecture tasks the unit leads that were due in the year: done by their planned end ÷ due. */
    ARCH_TASKS_ON_TIME("architecture/my-tasks") {
        @Override
        public Double value(UnitFacts f) {
            List<TaskRow> due = f.tasksLed().stream().filter(t -> t.status().counts() && !t.hasChildren()
                    && t.plannedEnd() != null && t.plannedEnd().getYear() == f.year()).toList();
            if (due.isEmpty()) return null;
            long onTime = due.stream().filter(t -> t.status() == TaskStatus.DONE && t.doneOn() != null
                    && !t.doneOn().isAfter(t.plannedEnd())).count();
            return onTime / (double) due.size();
        }
    },
    /** The unit has a dedicated IT officer. */
    IT_OFFICER("units") {
        @Override
        public Double value(UnitFacts f) {
            return f.unit().hasItOfficer() ? 1.0 : 0.0;
        }
    };

    private final String route;

    IndexMetric(String route) {
        this.route = route;
    }

    public abstract Double value(UnitFacts facts);

    public String route() {
        return route;
    }

    public String translationKey() {
        return "index.metric." + name();
    }

    static double complianceShare(Portal p, LocalDate snapshot) {
        int passed = 0;
        if (p.lastContentUpdate() != null && !p.lastContentUpdate().isAfter(snapshot)
                && !p.lastContentUpdate().isBefore(snapshot.minusDays(30))) passed++;
        if (p.lastAssessmentDate() != null && p.lastAssessmentResult() != AssessmentResult.FAILED
                && !p.lastAssessmentDate().isAfter(snapshot)
                && !p.lastAssessmentDate().isBefore(snapshot.minusMonths(12))) passed++;
        if (p.lastRestoreTestDate() != null && p.lastRestoreTestResult() == RestoreResult.SUCCESS
                && !p.lastRestoreTestDate().isAfter(snapshot)
                && !p.lastRestoreTestDate().isBefore(snapshot.minusMonths(12))) passed++;
        return passed / 3.0;
    }

    static boolean inForce(LocalDate from, LocalDate to, LocalDate on) {
        return from != null && to != null && !from.isAfter(on) && !to.isBefore(on);
    }

    static Double share(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
