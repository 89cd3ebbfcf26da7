package vn.egov.console.architecture;

/** draft → approved → superseded; one version is approved at a time. */
public enum VersionStatus { DRAFT, APPROVED, SUPERSEDED }
