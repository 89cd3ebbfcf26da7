package vn.egov.console.notification;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The warning thresholds of a deadline, in days before it, plus the mark that stands for "past the deadline". Smaller
 * marks are more urgent, so the overdue mark must be below every threshold.
 *
 * @param daysBefore  e.g. {90, 60, 30, 7} for certificates, {30, 7, 0} for roadmap tasks
 * @param overdueMark e.g. 0 ("has expired") for certificates, -1 ("overdue") for roadmap tasks
 */
public record ReminderThresholds(int[] daysBefore, int overdueMark) {

    public ReminderThresholds {
        daysBefore = daysBefore.clone();
        Arrays.sort(daysBefore);
        if (daysBefore.length > 0 && overdueMark >= daysBefore[0]) {
            throw new IllegalArgumentException("The overdue mark must be more urgent than every threshold");
        }
    }

    /** The most urgent threshold crossed with {@code daysLeft} to go (negative once past), or none yet. */
    public OptionalInt crossed(long daysLeft) {
        if (daysLeft < 0) return OptionalInt.of(overdueMark);
        for (int threshold : daysBefore) if (daysLeft <= threshold) return OptionalInt.of(threshold);
        return OptionalInt.empty();
    }

    /** The furthest threshold: records whose deadline is further away than this need no look. */
    public int horizon() {
        return daysBefore.length == 0 ? 0 : daysBefore[daysBefore.length - 1];
    }
}
