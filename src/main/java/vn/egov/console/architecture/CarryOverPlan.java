package vn.egov.console.architecture;

import java.util.List;

/** The open tasks of {@code supersededVersion} that approving a version will carry over or cancel. */
public record CarryOverPlan(ArchitectureVersion supersededVersion, List<CarryOverItem> items) {
}
