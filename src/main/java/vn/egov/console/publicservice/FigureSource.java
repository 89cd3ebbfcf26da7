package vn.egov.console.publicservice;

/** Where a month's figures came from. */
public enum FigureSource {
    MANUAL, IMPORT, API, DEMO
}
