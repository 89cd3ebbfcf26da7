package vn.egov.console.architecture;

import java.util.List;

/** Everything about one task: its coordinating units, dependencies both ways and its progress history. */
public record TaskDetail(TaskRow task, String componentName, String versionName, List<String> coordinators,
                         List<TaskRow> prerequisites, List<TaskRow> successors, List<ProgressReport> reports,
                         boolean callerMayReport) {
}
