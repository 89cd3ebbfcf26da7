package vn.egov.console.mailbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.DemoUsers;
import vn.egov.console.mailbox.CoverageRow;
import vn.egov.console.mailbox.CoverageTotals;
import vn.egov.console.organization.Tier;

/** The coverage screen as its readers use it: the province for leadership, the caller's units for a unit head. */
class MailboxCoverageViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("chutich.vinhyen")
    void aCityHeadSeesTheCityAndItsWardsOnly() {
        MailboxCoverageView view = navigate(MailboxCoverageView.class);
        List<CoverageRow> rows = view.units.getListDataView().getItems().toList();
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(CoverageRow::code).contains(DemoUsers.VINH_YEN_CODE);
        assertThat(rows).extracting(CoverageRow::tier).containsOnly(Tier.DISTRICT, Tier.COMMUNE);

        CoverageTotals all = view.totals.getListDataView().getItems().toList().getLast();
        assertThat(all.tier()).as("the last line sums everything shown").isNull();
        assertThat(all.units()).isEqualTo(10);
        assertThat(all.mailboxes()).isEqualTo(rows.stream().mapToLong(CoverageRow::live).sum());
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipSeesEveryUnitAndCanNarrowToTheGaps() {
        MailboxCoverageView view = navigate(MailboxCoverageView.class);
        List<CoverageRow> everyUnit = view.units.getListDataView().getItems().toList();
        assertThat(everyUnit).extracting(CoverageRow::tier).contains(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE);
        List<CoverageTotals> totals = view.totals.getListDataView().getItems().toList();
        assertThat(totals).extracting(CoverageTotals::tier).containsExactly(Tier.PROVINCE, Tier.DISTRICT,
                Tier.COMMUNE, null);
        assertThat(totals.getLast().units()).isEqualTo(everyUnit.size());

        test(view.onlyGaps).click();
        List<CoverageRow> gaps = view.units.getListDataView().getItems().toList();
        assertThat(gaps).isNotEmpty().hasSizeLessThan(everyUnit.size())
                .allMatch(r -> r.hasNone() || r.missing() > 0 || r.inactive() > 0);
        assertThat(everyUnit.stream().filter(r -> r.hasNone() || r.missing() > 0 || r.inactive() > 0).count())
                .isEqualTo(gaps.size());
    }
}
