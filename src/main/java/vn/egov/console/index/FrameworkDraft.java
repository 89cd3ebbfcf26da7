package vn.egov.console.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A framework as the DIC enters it: who issued it, which years and categories it covers, and its tree. */
public record FrameworkDraft(String code, String name, String issuer, String decisionNo, LocalDate decisionDate,
                             int fromYear, Integer toYear, Set<Category> categories, List<NodeDraft> nodes) {
}
