package vn.egov.console.docflow.internal;

import java.util.ArrayList;
import java.util.List;
import vn.egov.console.docflow.ExchangeTotals;
import vn.egov.console.docflow.ReportData;
import vn.egov.console.docflow.UnitKpi;

/** The report's tables as rows of cells (Long counts, Double ratios, String text), shared by the PDF and .xlsx. */
final class ReportTable {

    /** A ratio cell, so that writers can show it as a percentage (NaN → "—"). */
    record Share(double value) {
    }

    private ReportTable() {
    }

    static List<String> summaryHeaders(Texts t) {
        return List.of(t.get("docflow.report.indicator"), t.get("docflow.report.thisPeriod"),
                t.get("docflow.report.previousPeriod"));
    }

    static List<List<Object>> summaryRows(ReportData r, Texts t) {
        ExchangeTotals a = r.totals();
        ExchangeTotals b = r.previous();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(t.get("docflow.sentTotal"), a.sentTotal(), b.sentTotal()));
        rows.add(List.of(t.get("docflow.sentElectronic"), a.sentElectronic(), b.sentElectronic()));
        rows.add(List.of(t.get("docflow.kpi.electronicShare"), new Share(a.electronicShare()),
                new Share(b.electronicShare())));
        rows.add(List.of(t.get("docflow.sentSigned"), a.sentSigned(), b.sentSigned()));
        rows.add(List.of(t.get("docflow.kpi.signedShare"), new Share(a.signedShare()), new Share(b.signedShare())));
        rows.add(List.of(t.get("docflow.sentPaperParallel"), a.sentPaperParallel(), b.sentPaperParallel()));
        rows.add(List.of(t.get("docflow.kpi.paperShare"), new Share(a.paperParallelShare()),
                new Share(b.paperParallelShare())));
        rows.add(List.of(t.get("docflow.receivedElectronic"), a.receivedElectronic(), b.receivedElectronic()));
        rows.add(List.of(t.get("docflow.viaAxis"), a.sentViaAxis() + a.receivedViaAxis(),
                b.sentViaAxis() + b.receivedViaAxis()));
        rows.add(List.of(t.get("docflow.sentToCentral"), a.sentToCentral(), b.sentToCentral()));
        rows.add(List.of(t.get("docflow.kpi.centralSignedShare"), new Share(a.centralSignedShare()),
                new Share(b.centralSignedShare())));
        return rows;
    }

    static List<String> unitHeaders(Texts t) {
        return List.of(t.get("docflow.report.rank"), t.get("unit.code"), t.get("unit.name"), t.get("docflow.sentTotal"),
                t.get("docflow.sentElectronic"), t.get("docflow.kpi.electronicShare"), t.get("docflow.sentSigned"),
                t.get("docflow.kpi.signedShare"), t.get("docflow.sentPaperParallel"), t.get("docflow.kpi.paperShare"),
                t.get("docflow.receivedElectronic"), t.get("docflow.report.months"));
    }

    static List<List<Object>> unitRows(ReportData r) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (UnitKpi k : r.units()) {
            ExchangeTotals a = k.totals();
            rows.add(List.of((long) rank++, k.unitCode(), k.unitName(), a.sentTotal(), a.sentElectronic(),
                    new Share(a.electronicShare()), a.sentSigned(), new Share(a.signedShare()), a.sentPaperParallel(),
                    new Share(a.paperParallelShare()), a.receivedElectronic(), a.unitMonths()));
        }
        return rows;
    }

    static List<String> laggingHeaders(Texts t) {
        return List.of(t.get("unit.code"), t.get("unit.name"), t.get("docflow.kpi.signedShare"),
                t.get("docflow.kpi.paperShare"), t.get("docflow.report.why"));
    }

    static List<List<Object>> laggingRows(ReportData r, Texts t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportData.Lagging l : r.lagging()) {
            String why = String.join("; ", l.reasons().stream().map(k -> t.get(k, l.missingMonths())).toList());
            rows.add(List.of(l.unitCode(), l.unitName(), new Share(l.totals().signedShare()),
                    new Share(l.totals().paperParallelShare()), why));
        }
        return rows;
    }
}
