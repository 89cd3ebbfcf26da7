package vn.egov.console.publicservice;

import java.util.List;

/**
 * Everything the dashboard shows for one period and scope: totals, the monthly trend, how many procedures were offered
 * online and how many of them received no online application (with the first of them), and the scorecard.
 */
public record Dashboard(Period period, Scope scope, Totals totals, List<TrendPoint> trend, long proceduresOnline,
                        long proceduresOnlineUnused, List<ZeroOnlineProcedure> unused, Scorecard scorecard) {
}
