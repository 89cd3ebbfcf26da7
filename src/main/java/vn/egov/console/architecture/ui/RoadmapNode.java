package vn.egov.console.architecture.ui;

import vn.egov.console.architecture.ArchComponent;
import vn.egov.console.architecture.TaskRow;

/** A row of the roadmap tree: a component heading or a task. */
record RoadmapNode(ArchComponent component, TaskRow task) {

    boolean isTask() {
        return task != null;
    }
}
