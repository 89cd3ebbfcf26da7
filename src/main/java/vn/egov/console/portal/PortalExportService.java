package vn.egov.console.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.tabular.ExportFormat;
import vn.egov.console.base.tabular.TabularWriter;
import vn.egov.console.base.time.ProvinceTime;

/**
 * The portal register as a spreadsheet, one row a portal: its record, its security-level and backup files, its
 * monitoring state and the compliance issues of the board. Read through the register's own scoped list, so a unit
 * exports its own portals and leadership and the DIC the province's.
 */
@Service
public class PortalExportService {

    static final List<String> HEADERS = List.of("portal.unit", "portal.name", "portal.url", "portal.state",
            "portal.lastCheck", "portal.tlsDaysLeft", "portal.hosting", "portal.platform", "portal.editor",
            "portal.postingRule", "portal.lastContentUpdate", "portal.securityLevel", "portal.securityDecisionNo",
            "portal.securityDecisionDate", "portal.lastAssessmentDate", "portal.lastAssessmentResult",
            "portal.openFindings", "portal.backupPlan", "portal.lastRestoreTestDate", "portal.lastRestoreTestResult",
            "portal.issues");

    private final PortalService portals;

    PortalExportService(PortalService portals) {
        this.portals = portals;
    }

    /**
     * @param label translation of a column or value key, in the reader's language
     * @return how many portals were written
     */
    @PreAuthorize("isAuthenticated()")
    public long export(PortalFilter filter, ExportFormat format, UnaryOperator<String> label, OutputStream out)
            throws IOException {
        List<List<?>> rows = portals.list().stream()
                .map(p -> new Checked(p, portals.issues(p)))
                .filter(c -> filter.matches(c.portal(), c.issues()))
                .<List<?>>map(c -> cells(c.portal(), c.issues(), label))
                .toList();
        List<String> headers = HEADERS.stream().map(label).toList();
        if (format == ExportFormat.CSV) TabularWriter.csv(out, headers, rows.stream());
        else TabularWriter.xlsx(out, label.apply("portal.export.sheet"), headers, rows.stream());
        return rows.size();
    }

    private List<?> cells(Portal p, Set<ComplianceIssue> issues, UnaryOperator<String> label) {
        Instant lastCheck = p.lastCheckAt();
        return Arrays.asList(p.unitName(), p.name(), p.url(), label.apply(PortalService.stateOf(p).translationKey()),
                lastCheck == null ? null : Formats.dateTime(lastCheck.atZone(ProvinceTime.ZONE)),
                portals.tlsDaysLeft(p), label.apply(p.hosting().translationKey()), p.platform(), p.editor(),
                p.postingMinPosts() + " / " + label.apply(p.postingPeriod().translationKey()), p.lastContentUpdate(),
                p.securityLevel(), p.securityDecisionNo(), p.securityDecisionDate(), p.lastAssessmentDate(),
                p.lastAssessmentResult() == null ? null : label.apply(p.lastAssessmentResult().translationKey()),
                p.openFindings(), label.apply(p.backupPlan() ? "common.yes" : "common.no"), p.lastRestoreTestDate(),
                p.lastRestoreTestResult() == null ? null : label.apply(p.lastRestoreTestResult().translationKey()),
                issues.stream().sorted().map(i -> label.apply(i.translationKey())).collect(Collectors.joining("; ")));
    }

    private record Checked(Portal portal, Set<ComplianceIssue> issues) {
    }
}
