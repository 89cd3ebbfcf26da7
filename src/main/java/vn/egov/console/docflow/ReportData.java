package vn.egov.console.docflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The periodic report on the use of electronic documents (in the spirit of Directive 15/CT-TTg): every figure comes
 * from the same queries as the dashboard, so the report and the KPIs cannot disagree.
 *
 * @param scopeName "Toàn tỉnh" or the caller's unit
 * @param units     every unit in scope with figures in the period, ranked
 * @param lagging   units that fall behind, with why
 * @param issuer    the department issuing the report and its province, from the province settings
 */
public record ReportData(Period period, String scopeName, LocalDate generatedOn, ExchangeTotals totals,
                         ExchangeTotals previous, List<UnitKpi> units, List<Lagging> lagging, String issuer) {

    /**
     * @param reasons translation keys; {@code docflow.report.reason.missingMonths} takes {@code missingMonths}
     */
    public record Lagging(long unitId, String unitCode, String unitName, List<String> reasons, long missingMonths,
                          ExchangeTotals totals) {
    }
}
