package vn.egov.console.base.tabular;

/** The two formats every export offers: CSV for any tool, .xlsx for Excel users. */
public enum ExportFormat {
    CSV("csv", "text/csv"), XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String extension;
    public final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }
}
