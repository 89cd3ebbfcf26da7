package vn.egov.console.architecture;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.console.architecture.internal.StoredTask;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.Cells;
import vn.egov.console.base.text.CleanText;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.tabular.TableRow;

/** One row of an annex file, parsed; parents and prerequisites stay codes until every task of the file exists. */
record AnnexRow(int line, TaskDraft draft, String parentCode, List<String> prerequisiteCodes) {

    int depth() {
        return draft.code().split("\\.").length;
    }

    TaskDraft withParent(Long parentId) {
        TaskDraft d = draft;
        return new TaskDraft(d.code(), d.title(), d.componentId(), parentId, d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), Set.of());
    }

    /** A re-import changes the plan, never the progress: status, percent, money disbursed and links stay. */
    TaskDraft keeping(TaskDraft d, StoredTask existing, Set<Long> prerequisites) {
        return new TaskDraft(d.code(), d.title(), d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                d.coordinatorIds(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(),
                existing.disbursedVnd(), d.deliverable(), existing.status(), existing.percentDone(), prerequisites);
    }

    /** The row as a draft, or null with its errors added. */
    static AnnexRow parse(TableRow row, Map<String, Long> components, Map<String, Long> units, List<RowError> errors) {
        int before = errors.size();
        int line = row.line();
        String code = checked(RoadmapText.CODE, row, "code", errors);
        String title = checked(RoadmapText.TITLE, row, "title", errors);
        String legal = checked(RoadmapText.LEGAL_BASIS, row, "legal", errors);
        String deliverable = checked(RoadmapText.DELIVERABLE, row, "deliverable", errors);
        Long component = components.get(text(row.get("component")).toUpperCase(Locale.ROOT));
        if (component == null) {
            errors.add(new RowError(line, "component", "error.architecture.import.unknownComponent",
                    text(row.get("component"))));
        }
        Long lead = units.get(text(row.get("lead")).toUpperCase(Locale.ROOT));
        if (lead == null) errors.add(new RowError(line, "lead", "error.architecture.import.unknownUnit", text(row.get("lead"))));
        Set<Long> coordinators = new LinkedHashSet<>();
        for (String c : list(row.get("coordinators"))) {
            Long id = units.get(c.toUpperCase(Locale.ROOT));
            if (id == null) errors.add(new RowError(line, "coordinators", "error.architecture.import.unknownUnit", c));
            else coordinators.add(id);
        }
        LocalDate start = Cells.date(row.get("start"));
        if (start == null) errors.add(new RowError(line, "start", "error.architecture.import.badDate", text(row.get("start"))));
        LocalDate end = Cells.date(row.get("end"));
        if (end == null) errors.add(new RowError(line, "end", "error.architecture.import.badDate", text(row.get("end"))));
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new RowError(line, "end", "error.architecture.endBeforeStart", text(row.get("end")),
                    text(row.get("start"))));
        }
        FundingSource funding = null;
        String f = text(row.get("funding"));
        if (!f.isEmpty()) {
            funding = Arrays.stream(FundingSource.values()).filter(s -> s.name().equalsIgnoreCase(f)).findFirst()
                    .orElse(null);
            if (funding == null) errors.add(new RowError(line, "funding", "error.architecture.import.unknownFunding", f));
        }
        Long estimate = null;
        String e = text(row.get("estimate"));
        if (!e.isEmpty()) {
            estimate = Cells.wholeNumber(e);
            if (estimate == null) errors.add(new RowError(line, "estimate", "error.architecture.moneyNotNumber", e));
            else if (estimate < 0) errors.add(new RowError(line, "estimate", "error.architecture.moneyNegative"));
        }
        if (errors.size() > before) return null;
        String parent = text(row.get("parent"));
        return new AnnexRow(line, new TaskDraft(code, title, component, null, legal, lead, coordinators,
                start, end, funding, estimate, 0L, deliverable, TaskStatus.NOT_STARTED, 0, Set.of()),
                parent.isEmpty() ? null : parent, list(row.get("prerequisites")));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(text(cell).split("[;,]")).map(CleanText::line).filter(s -> !s.isEmpty()).toList();
    }

    /** The cell cleaned by its field's rule, or null with the rule's refusal added as this row's error. */
    private static String checked(TextRule rule, TableRow row, String column, List<RowError> errors) {
        try {
            return rule.clean(row.get(column));
        } catch (BusinessException refused) {
            errors.add(new RowError(row.line(), column, refused.messageKey(), refused.arguments()));
            return null;
        }
    }

    /** Codes of tasks, units and components, cleaned like the codes they are compared with. */
    private static String text(String s) {
        return CleanText.line(s);
    }
}
