package vn.egov.console.publicservice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.console.base.error.BusinessException;

/** How an indicator's ratio becomes points. */
public enum ScoringRule {
    /** Full points at or above the target, nothing below it. */
    TARGET,
    /** Full points at or above the target, proportionally fewer below it (ratio ÷ target × maximum). */
    PROPORTIONAL,
    /** Steps "threshold:share" (e.g. "0.95:1,0.8:0.5"): the share of the maximum of the highest step reached. */
    TIERED;

    public double points(double ratio, double max, Double target, String steps) {
        return switch (this) {
            case TARGET -> ratio >= target(target) ? max : 0;
            case PROPORTIONAL -> max * Math.min(1, ratio / target(target));
            case TIERED -> max * parseSteps(steps).stream().filter(s -> ratio >= s.threshold())
                    .mapToDouble(Step::share).max().orElse(0);
        };
    }

    private static double target(Double target) {
        return target == null || target <= 0 ? 1 : target;
    }

    public record Step(double threshold, double share) {
    }

    /** "0.95:1, 0.8:0.5" → steps, highest threshold first; a malformed list is refused with a clear message. */
    public static List<Step> parseSteps(String steps) {
        List<Step> result = new ArrayList<>();
        if (steps == null || steps.isBlank()) throw new BusinessException("error.ps.stepsRequired");
        for (String part : steps.split(",")) {
            String[] p = part.strip().split(":");
            try {
                if (p.length != 2) throw new NumberFormatException();
                double threshold = new BigDecimal(p[0].strip()).doubleValue();
                double share = new BigDecimal(p[1].strip()).doubleValue();
                if (threshold < 0 || threshold > 1 || share < 0 || share > 1) throw new NumberFormatException();
                result.add(new Step(threshold, share));
            } catch (NumberFormatException e) {
                throw new BusinessException("error.ps.stepsFormat", part.strip());
            }
        }
        result.sort(Comparator.comparingDouble(Step::threshold).reversed());
        return result;
    }
}
