package vn.egov.console.architecture;

/** What becomes of an open task of the superseded version when a new version is approved. */
public enum CarryDecision { CARRY_OVER, CANCEL }
