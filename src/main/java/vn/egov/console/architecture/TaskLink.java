package vn.egov.console.architecture;

/** A finish-to-start dependency: {@code taskId} may start once {@code prerequisiteId} has finished. */
public record TaskLink(long prerequisiteId, long taskId) {
}
