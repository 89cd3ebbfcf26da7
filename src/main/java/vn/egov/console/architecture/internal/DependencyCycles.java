package vn.egov.console.architecture.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the cycle a new set of prerequisites would close, so the refusal can name it. */
public final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * The path task → … → task that giving {@code task} the prerequisites {@code newPrerequisites} would create, given
     * the existing edges (task → its prerequisites); empty when there is no cycle.
     */
    public static List<Long> cycle(long task, Set<Long> newPrerequisites, Map<Long, Set<Long>> prerequisitesOf) {
        for (long start : newPrerequisites) {
            if (start == task) return List.of(task, task);
            List<Long> path = pathTo(start, task, prerequisitesOf);
            if (!path.isEmpty()) {
                List<Long> cycle = new ArrayList<>();
                cycle.add(task);
                cycle.addAll(path);
                return cycle;
            }
        }
        return List.of();
    }

    /** A path from {@code from} along prerequisite edges to {@code to}, both included; empty when unreachable. */
    private static List<Long> pathTo(long from, long to, Map<Long, Set<Long>> edges) {
        Map<Long, Long> cameFrom = new HashMap<>();
        Set<Long> seen = new HashSet<>(List.of(from));
        Deque<Long> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (at == to) {
                List<Long> path = new ArrayList<>();
                for (Long step = to; step != null; step = cameFrom.get(step)) path.addFirst(step);
                return path;
            }
            for (long next : edges.getOrDefault(at, Set.of())) {
                if (seen.add(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
