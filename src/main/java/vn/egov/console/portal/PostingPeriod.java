package vn.egov.console.portal;

/** The period of a posting rule ("at least N posts per week / per month"). */
public enum PostingPeriod {
    WEEK(7), MONTH(31);

    private final int days;

    PostingPeriod(int days) {
        this.days = days;
    }

    /** Longest gap without any post that still keeps the rule: a week, or the longest month. */
    public int days() {
        return days;
    }

    public String translationKey() {
        return "portal.period." + name();
    }
}
