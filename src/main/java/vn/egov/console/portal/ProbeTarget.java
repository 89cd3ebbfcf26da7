package vn.egov.console.portal;

/** What the monitor needs to probe one portal. */
public record ProbeTarget(long portalId, String url, String expectedKeyword, String forbiddenText) {
}
