package vn.egov.console.index;

import java.time.LocalDate;
import java.util.List;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.RenewalFiling;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.RolloutRow;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.Portal;
import vn.egov.console.publicservice.OnlineUse;
import vn.egov.console.publicservice.Totals;

/**
 * What the console knows about one unit for one assessment year, read once for all units through the other
 * features' services ({@code IndexFacts}); the metrics are pure functions of it. Nulls mean the feature has no row
 * for the unit.
 */
public record UnitFacts(UnitSummary unit, int year, LocalDate snapshot, List<Portal> portals, ExchangeTotals exchange,
                        RolloutRow rollout, CoverageRow mailboxes, List<CertificateRow> certificates,
                        List<RenewalFiling> renewals, Totals publicServices, OnlineUse onlineUse,
                        List<TaskRow> tasksLed) {
}
