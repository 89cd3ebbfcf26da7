package vn.egov.console.architecture;

import java.util.List;

/** The task as saved, with the warnings the change raised (e.g. done while a prerequisite is not). */
public record TaskSaved(TaskRow task, List<RuleWarning> warnings) {
}
