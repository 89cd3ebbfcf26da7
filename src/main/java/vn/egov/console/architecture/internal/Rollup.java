package vn.egov.console.architecture.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent done of parents and components, computed from their children and never typed: weighted by estimate when
 * every counted child has one, else by count. Cancelled and carried-over children do not count; a done leaf is 100.
 */
public final class Rollup {

    private final Map<Long, List<StoredTask>> children = new HashMap<>();
    private final Map<Long, Integer> memo = new HashMap<>();

    public Rollup(Collection<StoredTask> tasks) {
        for (StoredTask t : tasks) {
            if (t.parentId() != null) children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
        }
    }

    public boolean hasChildren(long taskId) {
        return children.containsKey(taskId);
    }

    public int percent(StoredTask task) {
        Integer known = memo.get(task.id());
        if (known != null) return known;
        List<StoredTask> kids = children.get(task.id());
        int value = kids == null ? leafPercent(task) : weighted(kids, task);
        memo.put(task.id(), value);
        return value;
    }

    /** The weighted percent of {@code tasks} (e.g. a component's top-level tasks); 0 when none counts. */
    public int weighted(Collection<StoredTask> tasks) {
        return weighted(tasks, null);
    }

    private int weighted(Collection<StoredTask> tasks, StoredTask parent) {
        List<StoredTask> counted = tasks.stream().filter(t -> t.status().counts()).toList();
        if (counted.isEmpty()) return parent == null ? 0 : leafPercent(parent);
        boolean byEstimate = counted.stream().allMatch(t -> t.estimateVnd() != null && t.estimateVnd() > 0);
        double sum = 0;
        double weights = 0;
        for (StoredTask t : counted) {
            double w = byEstimate ? t.estimateVnd() : 1;
            sum += w * percent(t);
            weights += w;
        }
        return (int) Math.round(sum / weights);
    }

    private static int leafPercent(StoredTask task) {
        return task.status() == vn.egov.console.architecture.TaskStatus.DONE ? 100 : task.percentDone();
    }
}
