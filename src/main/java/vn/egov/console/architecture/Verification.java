package vn.egov.console.architecture;

/** The DIC's verdict on a progress report. */
public enum Verification { PENDING, ACCEPTED, RETURNED }
