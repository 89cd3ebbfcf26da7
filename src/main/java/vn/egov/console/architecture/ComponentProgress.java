package vn.egov.console.architecture;

/**
 * A component's figures for the leadership tile: top-level tasks (sub-tasks roll up into them) done, on track, due
 * soon and overdue, money disbursed against the estimate, and the computed percent.
 */
public record ComponentProgress(ArchComponent component, int done, int onTrack, int dueSoon, int overdue,
                                long estimateVnd, long disbursedVnd, int percent) {
}
