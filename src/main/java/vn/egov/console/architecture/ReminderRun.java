package vn.egov.console.architecture;

/** One run of the deadline reminders: tasks reminded, and of those overdue. */
public record ReminderRun(int reminded, int overdue) {
}
