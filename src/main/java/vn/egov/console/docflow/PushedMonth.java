package vn.egov.console.docflow;

/** One month as a document-management system pushes it: the unit's code and its figures. */
public record PushedMonth(String unitCode, MonthlyFigures figures) {
}
