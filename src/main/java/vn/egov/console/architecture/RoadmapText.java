package vn.egov.console.architecture;

import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;

/**
 * What each free-text field of the roadmap accepts, typed or imported: NFC, trimmed, invisible-only refused, counted
 * in characters. The limits are the columns' sizes; the roadmap's own wording is kept where it had one.
 */
final class RoadmapText {

    static final TextRule VERSION_NAME = TextRule.line("architecture.field.versionName", TextLimits.NAME)
            .messages("error.architecture.versionNameRequired", TextRule.TOO_LONG);
    static final TextRule DECISION_NUMBER = TextRule.line("architecture.field.decisionNumber", 100).optional();
    static final TextRule CODE = TextRule.line("architecture.code", TextLimits.CODE)
            .messages("error.architecture.codeRequired", "error.architecture.codeTooLong");
    static final TextRule TITLE = TextRule.line("architecture.field.title", TextLimits.SUMMARY);
    static final TextRule LEGAL_BASIS = TextRule.block("architecture.legalBasis", TextLimits.NOTE).optional();
    static final TextRule DELIVERABLE = TextRule.block("architecture.deliverable", TextLimits.NOTE).optional();
    static final TextRule PERIOD = TextRule.line("architecture.report.period", 20);
    static final TextRule BLOCKERS = TextRule.block("architecture.report.blockers", TextLimits.LONG_TEXT).optional();
    static final TextRule RETURN_REASON = TextRule.REASON
            .messages("error.architecture.returnReasonRequired", TextRule.TOO_LONG);

    private RoadmapText() {
    }
}
