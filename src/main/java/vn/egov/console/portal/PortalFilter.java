package vn.egov.console.portal;

import java.util.Set;
import vn.egov.console.base.i18n.VietnameseText;

/**
 * What the portal register is narrowed to: free text on name, unit or address (accents optional) and one compliance
 * issue. The register and its export use the same test, so an export holds exactly the rows on screen.
 */
public record PortalFilter(String text, ComplianceIssue issue) {

    public static final PortalFilter NONE = new PortalFilter(null, null);

    public boolean matches(Portal portal, Set<ComplianceIssue> issuesOfPortal) {
        String folded = VietnameseText.fold(text);
        boolean textMatches = folded.isEmpty() || VietnameseText.fold(portal.name()).contains(folded)
                || VietnameseText.fold(portal.unitName()).contains(folded) || portal.url().contains(folded);
        return textMatches && (issue == null || issuesOfPortal.contains(issue));
    }
}
