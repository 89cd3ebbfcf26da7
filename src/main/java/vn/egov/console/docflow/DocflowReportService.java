package vn.egov.console.docflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.docflow.internal.ReportPdf;
import vn.egov.console.docflow.internal.ReportXlsx;
import vn.egov.console.organization.ProvinceSettings;
import vn.egov.console.organization.ProvinceSettingsService;
import vn.egov.console.organization.UnitService;
import vn.egov.console.security.CurrentUser;

/** Builds the Directive 15 report for the caller's scope and writes it as PDF or .xlsx. Every role may export it. */
@Service
@Transactional(readOnly = true)
public class DocflowReportService {

    /** A unit lags when its signed share is this far below the scope's, or its paper share this far above. */
    static final double GAP = 0.10;

    private final DocflowService docflow;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final ProvinceSettingsService provinceSettings;

    DocflowReportService(DocflowService docflow, UnitService units, CurrentUser currentUser, Messages messages,
                         Clock clock, ProvinceSettingsService provinceSettings) {
        this.provinceSettings = provinceSettings;
        this.docflow = docflow;
        this.units = units;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public ReportData build(Period period, Locale locale) {
        ExchangeTotals totals = docflow.totals(period, null);
        ExchangeTotals previous = docflow.totals(period.previous(), null);
        List<UnitKpi> ranking = docflow.ranking(period);
        Map<Long, UnitKpi> byUnit = new HashMap<>();
        ranking.forEach(k -> byUnit.put(k.unitId(), k));
        YearMonth lastFull = YearMonth.now(clock).minusMonths(1);
        List<ReportData.Lagging> lagging = new ArrayList<>();
        for (RolloutRow r : docflow.rolloutBoard(null, null)) {
            if (r.rollout().inUseOn() == null) continue;
            YearMonth start = max(period.from(), YearMonth.from(r.rollout().inUseOn()).plusMonths(1));
            YearMonth end = period.to().isAfter(lastFull) ? lastFull : period.to();
            long expected = start.isAfter(end) ? 0 : start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1;
            UnitKpi k = byUnit.get(r.unitId());
            ExchangeTotals t = k == null ? ExchangeTotals.EMPTY : k.totals();
            List<String> reasons = new ArrayList<>();
            long missing = Math.max(0, expected - t.unitMonths());
            if (expected > 0 && t.unitMonths() == 0) reasons.add("docflow.report.reason.noFigures");
            else if (missing > 0) reasons.add("docflow.report.reason.missingMonths");
            if (t.unitMonths() > 0 && t.signedShare() < totals.signedShare() - GAP) {
                reasons.add("docflow.report.reason.lowSigned");
            }
            if (t.unitMonths() > 0 && t.paperParallelShare() > totals.paperParallelShare() + GAP) {
                reasons.add("docflow.report.reason.muchPaper");
            }
            if (!reasons.isEmpty()) {
                lagging.add(new ReportData.Lagging(r.unitId(), r.unitCode(), r.unitName(), reasons, missing, t));
            }
        }
        var actor = currentUser.require();
        String scope = actor.seesWholeProvince() || actor.unitId() == null
                ? messages.get(locale, "docflow.scope.province")
                : units.get(actor.unitId()).name();
        ProvinceSettings province = provinceSettings.current();
        String issuer = messages.get(locale, "province.issuer", province.departmentName(locale),
                province.provinceName());
        return new ReportData(period, scope, LocalDate.now(clock), totals, previous, ranking, lagging, issuer);
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(Period period, Locale locale) {
        return ReportPdf.write(build(period, locale), (key, args) -> messages.get(locale, key, args), locale);
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] xlsx(Period period, Locale locale) {
        return ReportXlsx.write(build(period, locale), (key, args) -> messages.get(locale, key, args), locale);
    }

    /** File name without extension: bao-cao-van-ban-dien-tu_2019-01_2019-12. */
    public static String fileName(Period period) {
        return "bao-cao-van-ban-dien-tu_" + period.from() + "_" + period.to();
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

}
