package vn.egov.console.index;

/**
 * How an indicator turns its input into points. TIERED: the highest step whose threshold the value reaches; RATIO:
 * value (a share between 0 and 1) × maximum; YES_NO: all or nothing; HALF: full, half (partly met) or nothing;
 * MANUAL: the points themselves are the input (entered by the unit, verified by the DIC).
 */
public enum RuleType {
    TIERED, RATIO, YES_NO, HALF, MANUAL;

    public String translationKey() {
        return "index.rule." + name();
    }
}
