package vn.egov.console.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.console.base.error.BusinessException;

/**
 * The scoring engine: pure functions from an indicator's rule and input to points (docs/decisions/0101). No I/O, no
 * clock: the same input always gives the same points, which is what lets a published assessment be recomputed and
 * checked by hand.
 */
public final class Scoring {

    private Scoring() {
    }

    /** One tiered step: a value at or above {@code threshold} earns {@code points}. */
    public record Step(double threshold, double points) {
    }

    /**
     * Points for a value under a rule; a missing value (no data) scores nothing. The result never exceeds the maximum
     * and is rounded to hundredths, as the points are published.
     */
    public static double points(RuleType rule, List<Step> steps, double max, Double value) {
        if (value == null || value.isNaN()) return 0;
        double v = value;
        double raw = switch (rule) {
            case TIERED -> steps.stream().sorted(Comparator.comparingDouble(Step::threshold).reversed())
                    .filter(s -> v >= s.threshold()).mapToDouble(Step::points).findFirst().orElse(0);
            case RATIO -> Math.max(0, Math.min(1, v)) * max;
            case YES_NO -> v >= 1 ? max : 0;
            case HALF -> v >= 1 ? max : v > 0 ? max / 2 : 0;
            case MANUAL -> Math.max(0, v);
        };
        return round(Math.min(max, raw));
    }

    public static double points(Node node, Double value) {
        return points(node.rule(), parseSteps(node.steps()), node.maxPoints(), value);
    }

    public static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }

    /** "4:20;3:15;2:10;1:5" → steps; a malformed text is refused with the text named. */
    public static List<Step> parseSteps(String text) {
        List<Step> steps = new ArrayList<>();
        if (text == null || text.isBlank()) return steps;
        for (String part : text.split(";")) {
            String[] kv = part.strip().split(":");
            try {
                if (kv.length != 2) throw new NumberFormatException(part);
                steps.add(new Step(Double.parseDouble(kv[0].strip()), Double.parseDouble(kv[1].strip())));
            } catch (NumberFormatException e) {
                throw new BusinessException("error.index.badSteps", text);
            }
        }
        return steps;
    }

    /**
     * Checks the input a unit may enter for an evidence-sourced indicator: points for a manual rule within
     * [0, max]; a share within [0, 1]; a yes/no as 0 or 1; half credit as 0, 0.5 or 1; a tiered count not negative.
     */
    public static void checkInput(Node node, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new BusinessException("error.index.valueNegative", node.code());
        }
        switch (node.rule()) {
            case MANUAL -> {
                if (value > node.maxPoints()) {
                    throw new BusinessException("error.index.pointsAboveMax", node.code(), value, node.maxPoints());
                }
            }
            case RATIO -> {
                if (value > 1) throw new BusinessException("error.index.shareAboveOne", node.code());
            }
            case YES_NO -> {
                if (value != 0 && value != 1) throw new BusinessException("error.index.yesNoValue", node.code());
            }
            case HALF -> {
                if (value != 0 && value != 0.5 && value != 1) {
                    throw new BusinessException("error.index.halfValue", node.code());
                }
            }
            case TIERED -> { }
        }
    }
}
