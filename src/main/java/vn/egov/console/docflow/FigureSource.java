package vn.egov.console.docflow;

/** How a month of figures arrived. */
public enum FigureSource {
    MANUAL, IMPORT, API, DEMO;

    public String translationKey() {
        return "docflow.source." + name();
    }
}
