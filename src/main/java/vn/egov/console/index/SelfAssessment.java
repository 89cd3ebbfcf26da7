package vn.egov.console.index;

import vn.egov.console.base.evidence.EvidenceUpload;

/**
 * A unit's entry for an evidence-sourced indicator: the value the rule scores (the points themselves for a manual
 * rule) and the evidence (document number, date, summary and file); evidence may be kept from an earlier entry.
 */
public record SelfAssessment(double value, EvidenceUpload evidence) {
}
