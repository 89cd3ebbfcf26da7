package vn.egov.console.architecture;

import java.time.LocalDate;

/** A version of the province's architecture; decision number and date stay null until someone enters them. */
public record ArchitectureVersion(long id, String name, long frameworkId, String frameworkName, String decisionNumber,
                                  LocalDate decisionDate, int periodFrom, int periodTo, VersionStatus status,
                                  long version) {

    public String period() {
        return periodFrom + "–" + periodTo;
    }
}
