package vn.egov.console.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.egov.console.architecture.ArchitectureService;
import vn.egov.console.architecture.ArchitectureVersion;
import vn.egov.console.architecture.RoadmapFilter;
import vn.egov.console.architecture.TaskRow;
import vn.egov.console.certificate.CertificateFilter;
import vn.egov.console.certificate.CertificateKind;
import vn.egov.console.certificate.CertificateRow;
import vn.egov.console.certificate.CertificateService;
import vn.egov.console.certificate.RenewalFiling;
import vn.egov.console.docflow.DocflowService;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.RolloutRow;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.mailbox.MailboxCoverageService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.portal.Portal;
import vn.egov.console.portal.PortalService;
import vn.egov.console.publicservice.OnlineUse;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.publicservice.Scope;
import vn.egov.console.publicservice.Totals;

/**
 * Reads one year's facts for many units through the other features' public services, each feature once for all
 * units (never per unit, never their repositories), so a province of thousands of units is one pass per feature.
 */
@Component
class IndexFacts {

    private static final int MAX_CERTIFICATES = 200_000;

    private final PortalService portals;
    private final DocflowService docflow;
    private final MailboxCoverageService mailboxes;
    private final CertificateService certificates;
    private final PublicServiceService publicServices;
    private final ArchitectureService architecture;

    IndexFacts(PortalService portals, DocflowService docflow, MailboxCoverageService mailboxes,
               CertificateService certificates, PublicServiceService publicServices,
               ArchitectureService architecture) {
        this.portals = portals;
        this.docflow = docflow;
        this.mailboxes = mailboxes;
        this.certificates = certificates;
        this.publicServices = publicServices;
        this.architecture = architecture;
    }

    Map<Long, UnitFacts> collect(List<UnitSummary> units, int year, LocalDate snapshot) {
        Map<Long, List<Portal>> portalsByUnit = new HashMap<>();
        portals.list().forEach(p -> portalsByUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        Map<Long, ExchangeTotals> exchange = new HashMap<>();
        docflow.ranking(vn.egov.console.docflow.Period.year(year)).forEach(k -> exchange.put(k.unitId(), k.totals()));
        Map<Long, RolloutRow> rollout = new HashMap<>();
        docflow.rolloutBoard(null, null).forEach(r -> rollout.put(r.unitId(), r));
        Map<Long, CoverageRow> coverage = new HashMap<>();
        mailboxes.byUnit().forEach(c -> coverage.put(c.unitId(), c));
        Map<Long, List<CertificateRow>> certs = new HashMap<>();
        certificates.search(new CertificateFilter(null, CertificateKind.AGENCY, null, null, null, null, null),
                        PageRequest.of(0, MAX_CERTIFICATES))
                .forEach(c -> certs.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<RenewalFiling>> renewals = new HashMap<>();
        certificates.renewalFilings(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(r -> renewals.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
        Map<Long, OnlineUse> onlineUse = new HashMap<>();
        publicServices.onlineUseByUnit(vn.egov.console.publicservice.Period.year(year))
                .forEach(o -> onlineUse.put(o.unitId(), o));
        Map<Long, Totals> ps = new HashMap<>();
        publicServices.byUnit(vn.egov.console.publicservice.Period.year(year), Scope.ALL)
                .forEach(b -> ps.put(b.id(), b.totals()));
        Map<Long, List<TaskRow>> tasks = new HashMap<>();
        for (ArchitectureVersion v : architecture.versions()) {
            architecture.tasks(RoadmapFilter.of(v.id()))
                    .forEach(t -> tasks.computeIfAbsent(t.leadUnitId(), k -> new ArrayList<>()).add(t));
        }
        Map<Long, UnitFacts> facts = new HashMap<>();
        for (UnitSummary u : units) {
            facts.put(u.id(), new UnitFacts(u, year, snapshot, portalsByUnit.getOrDefault(u.id(), List.of()),
                    exchange.get(u.id()), rollout.get(u.id()), coverage.get(u.id()),
                    certs.getOrDefault(u.id(), List.of()), renewals.getOrDefault(u.id(), List.of()), ps.get(u.id()),
                    onlineUse.get(u.id()), tasks.getOrDefault(u.id(), List.of())));
        }
        return facts;
    }
}
