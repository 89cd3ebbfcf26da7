package vn.egov.console.publicservice;

import java.util.List;

/**
 * Everything the dashboard shows for one period and scope: totals, the monthly trend, how many procedures were offered
 * online and how many of them received no online application (with the first of them), the scorecard, and the
 * complaints and feedback received and handled on time (both null when no unit in scope reported any: "no data").
 */
public record Dashboard(Period period, Scope scope, Totals totals, List<TrendPoint> trend, long proceduresOnline,
                        long proceduresOnlineUnused, List<ZeroOnlineProcedure> unused, Scorecard scorecard,
                        Long complaints, Long complaintsOnTime) {

    /** Complaints handled on time ÷ received, or null when none were reported or none were received. */
    public Double complaintsOnTimeRate() {
        return complaints == null || complaints == 0 ? null : (double) complaintsOnTime / complaints;
    }
}
