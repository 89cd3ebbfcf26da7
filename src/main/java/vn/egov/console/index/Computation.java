package vn.egov.console.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.console.index.internal.IndexStore.NewValue;

/**
 * Turns facts into an assessment's first values and leaf points into group and total scores. Pure: the benchmark
 * and the tests call it without a database.
 */
public final class Computation {

    private Computation() {
    }

    /** The values an assessment opens with: computed leaves scored and frozen, evidence leaves pending. */
    public static List<NewValue> open(Framework framework, Map<Long, Category> categories,
                                      Map<Long, UnitFacts> facts) {
        List<Node> leaves = framework.leaves();
        List<NewValue> out = new ArrayList<>(categories.size() * leaves.size());
        categories.forEach((unitId, category) -> {
            UnitFacts f = facts.get(unitId);
            for (Node leaf : leaves) {
                if (leaf.source() == Source.METRIC) {
                    Double value = f == null ? null : leaf.metric().value(f);
                    out.add(new NewValue(unitId, leaf.id(), category, value, Scoring.points(leaf, value),
                            ValueStatus.COMPUTED));
                } else {
                    out.add(new NewValue(unitId, leaf.id(), category, null, 0, ValueStatus.PENDING));
                }
            }
        });
        return out;
    }

    /**
     * Every node's points from its leaves' points: an inner node sums its scored children and never exceeds its own
     * maximum (a framework may let indicators add up to more than their group gives).
     */
    public static Map<Long, Double> rollUp(Framework framework, Map<Long, Double> leafPoints) {
        Map<Long, Double> totals = new HashMap<>();
        List<Node> nodes = framework.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            List<Node> children = framework.children(n.id());
            double p;
            if (children.isEmpty()) {
                p = leafPoints.getOrDefault(n.id(), 0.0);
            } else {
                p = 0;
                for (Node c : children) if (c.scored()) p += totals.getOrDefault(c.id(), 0.0);
                p = Math.min(n.maxPoints(), p);
            }
            totals.put(n.id(), Scoring.round(p));
        }
        return totals;
    }

    /** The total of a unit: its scored groups' points. */
    public static double total(Framework framework, Map<Long, Double> rolledUp) {
        double t = 0;
        for (Node g : framework.groups()) if (g.scored()) t += rolledUp.getOrDefault(g.id(), 0.0);
        return Scoring.round(t);
    }
}
