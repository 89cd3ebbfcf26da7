package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;

/** The figures a leader reads, computed from the demo rows, and manual entry with its rules. */
@IntegrationTest
@Transactional
class PublicServiceServiceTest {

    @Autowired
    PublicServiceService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    long unit(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    Procedure procedure(String name, Tier tier) {
        return ADMIN.call(() -> service.catalogue(new PublicServiceService.CatalogueFilter(name, null, tier, null, null,
                false), 0, 10, PublicServiceService.CatalogueSort.CODE, true)).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void in2019ServicesWerePublishedAtLevel3Or4ButNotOneOnlineApplicationWasFiled() {
        Dashboard d = ADMIN.call(() -> service.dashboard(Period.year(2019), Scope.ALL, 20));
        assertThat(d.totals().received()).isPositive();
        assertThat(d.totals().receivedOnline()).isZero();
        assertThat(d.proceduresOnline()).as("published at level 3/4").isGreaterThan(1000);
        assertThat(d.proceduresOnlineUnused()).isEqualTo(d.proceduresOnline());
        assertThat(d.unused()).hasSize(20);
    }

    @Test
    void onlineTakeUpGrowsAfterwardsAndMostPublishedServicesStillSeeNoOnlineApplication() {
        Totals y2021 = ADMIN.call(() -> service.totals(Period.year(2021), Scope.ALL));
        Totals y2025 = ADMIN.call(() -> service.totals(Period.year(2025), Scope.ALL));
        assertThat(y2021.onlineShare()).isPositive();
        assertThat(y2025.onlineShare()).isGreaterThan(y2021.onlineShare() + 0.2);
        assertThat(y2025.digitisationRate()).isGreaterThan(0.5);
        Dashboard d = ADMIN.call(() -> service.dashboard(Period.year(2025), Scope.ALL, 10));
        assertThat(d.proceduresOnlineUnused()).isGreaterThan(d.proceduresOnline() / 2)
                .isLessThan(d.proceduresOnline());
    }

    @Test
    void dashboardTotalsAreTheSumOfTheRowsTheyCount() {
        Long received = jdbc.queryForObject("SELECT SUM(received) FROM ps_monthly WHERE month BETWEEN '2024-01-01' "
                + "AND '2024-12-01'", Long.class);
        Long late = jdbc.queryForObject("SELECT SUM(late) FROM ps_monthly WHERE month BETWEEN '2024-01-01' "
                + "AND '2024-12-01'", Long.class);
        Totals t = ADMIN.call(() -> service.totals(Period.year(2024), Scope.ALL));
        assertThat(t.received()).isEqualTo(received);
        assertThat(t.late()).isEqualTo(late);
        long rows = ADMIN.call(() -> service.countRows(Period.year(2024), Scope.ALL));
        assertThat(t.rows()).isEqualTo(rows);
        assertThat(ADMIN.call(() -> service.trend(Period.year(2024), Scope.ALL))).hasSize(12)
                .extracting(p -> p.totals().received()).doesNotContainNull();
    }

    @Test
    void aUnitHeadSeesTheirUnitAndItsChildrenOnly() {
        long vinhYen = unit(DemoUsers.VINH_YEN_CODE);
        Long inScope = jdbc.queryForObject("""
                SELECT SUM(m.received) FROM ps_monthly m JOIN unit u ON u.id = m.unit_id
                WHERE (u.id = ? OR u.parent_id = ?) AND m.month BETWEEN '2024-01-01' AND '2024-12-01'""",
                Long.class, vinhYen, vinhYen);
        Totals t = HEAD_VINH_YEN.call(() -> service.totals(Period.year(2024), Scope.ALL));
        assertThat(t.received()).isEqualTo(inScope);
        assertThat(HEAD_VINH_YEN.call(() -> service.byUnit(Period.year(2024), Scope.ALL)))
                .extracting(Breakdown::id).allMatch(id -> id == vinhYen
                        || jdbc.queryForObject("SELECT parent_id FROM unit WHERE id = ?", Long.class, id) == vinhYen);
    }

    @Test
    void drillDownGoesFromUnitToFieldToProcedureToMonths() {
        long vinhYen = unit(DemoUsers.VINH_YEN_CODE);
        Period year = Period.year(2024);
        Totals unitTotals = ADMIN.call(() -> service.totals(year, Scope.unit(vinhYen)));
        List<Breakdown> fields = ADMIN.call(() -> service.byField(year, Scope.unit(vinhYen)));
        assertThat(fields.stream().mapToLong(b -> b.totals().received()).sum()).isEqualTo(unitTotals.received());
        Breakdown land = fields.stream().filter(b -> b.key().equals("Đất đai")).findFirst().orElseThrow();
        List<Breakdown> procedures = ADMIN.call(() -> service.byProcedure(year, Scope.unit(vinhYen).withField("Đất đai")));
        assertThat(procedures.stream().mapToLong(b -> b.totals().received()).sum()).isEqualTo(land.totals().received());
        Breakdown first = procedures.getFirst();
        List<TrendPoint> months = ADMIN.call(() -> service.trend(year,
                Scope.unit(vinhYen).withField("Đất đai").withProcedure(first.id())));
        assertThat(months.stream().mapToLong(p -> p.totals().received()).sum()).isEqualTo(first.totals().received());
        assertThat(ADMIN.call(() -> service.rows(year, Scope.unit(vinhYen).withProcedure(first.id()), 0, 50)))
                .hasSizeLessThanOrEqualTo(12).allMatch(r -> r.unitId() == vinhYen);
    }

    @Test
    void rankingPerTierWithChangeAgainstThePreviousPeriod() {
        List<UnitRank> districts = ADMIN.call(() -> service.ranking(Period.year(2025), Tier.DISTRICT));
        assertThat(districts).hasSize(9);
        assertThat(districts).extracting(UnitRank::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(districts).allMatch(r -> r.previousRank() != null && r.score() != null);
        assertThat(districts.getFirst().score()).isGreaterThanOrEqualTo(districts.getLast().score());
        assertThat(HEAD_VINH_YEN.call(() -> service.ranking(Period.year(2025), Tier.DISTRICT)))
                .extracting(UnitRank::unitCode).containsExactly(DemoUsers.VINH_YEN_CODE);
    }

    @Test
    void aMonthTypedInFollowsTheSameRulesAsTheImport() {
        Procedure birth = procedure("Đăng ký khai sinh", Tier.COMMUNE);
        YearMonth month = YearMonth.of(2016, 3);
        var entry = new MonthEntry(birth.code(), DemoUsers.NGO_QUYEN_CODE, month, new Figures(10, 4, 9, 9, 0, 5, 3, 1));
        MonthlyRow saved = HEAD_VINH_YEN.call(() -> service.saveMonth(entry, null));
        assertThat(saved.source()).isEqualTo(FigureSource.MANUAL);
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(entry, null)))
                .isInstanceOf(BusinessException.class).hasMessage("error.ps.monthExists");
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(birth.code(),
                DemoUsers.NGO_QUYEN_CODE, month, new Figures(10, 11, 9, 9, 0, 0, 0, 0)), saved.version())))
                .isInstanceOf(BusinessException.class).hasMessage("error.ps.onlineOverReceived");
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(birth.code(),
                DemoUsers.VINH_YEN_CODE, month, entry.figures()), null)))
                .as("a city does not handle commune procedures").hasMessage("error.ps.wrongTier");
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(birth.code(),
                DemoUsers.TRUNG_TRAC_CODE, month, entry.figures()), null)))
                .as("another district's ward").hasMessage("error.ps.unitUnknown");
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(birth.code(),
                DemoUsers.NGO_QUYEN_CODE, YearMonth.now().plusMonths(1), entry.figures()), null)))
                .hasMessage("error.ps.futureMonth");
        MonthlyRow updated = HEAD_VINH_YEN.call(() -> service.saveMonth(new MonthEntry(birth.code(),
                DemoUsers.NGO_QUYEN_CODE, month, new Figures(12, 4, 9, 9, 0, 5, 3, 1)), saved.version()));
        assertThat(updated.figures().received()).isEqualTo(12);
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveMonth(entry, saved.version())))
                .hasMessage("error.conflict");
    }

    @Test
    void unitsThatHaveNotReportedByThe10thAreInTheDicsQueue() {
        var missing = ADMIN.call(() -> service.missingReports());
        assertThat(missing).extracting(PublicServiceService.MissingReport::unitCode)
                .contains("000.05.44.H62", "000.09.46.H62", "000.12.47.H62")
                .doesNotContain(DemoUsers.VINH_YEN_CODE);
        assertThat(missing).allMatch(m -> m.month().equals(service.latestDueMonth()));
    }

    @Test
    void theYearlyReportIsAVietnamesePdfOfTheReadersScope() throws Exception {
        byte[] pdf = HEAD_VINH_YEN.call(() -> service.yearReportPdf(2025, vn.egov.console.base.i18n.Formats.VIETNAMESE));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        var reader = new org.openpdf.text.pdf.PdfReader(pdf);
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("BÁO CÁO DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2025").contains("Vĩnh Yên")
                .contains("Hồ sơ trực tuyến");
    }

    @Test
    void theIndicatorSetIsDataPerYear() {
        List<IndicatorGroup> set = ADMIN.call(() -> service.indicatorSet(2026));
        assertThat(set).extracting(IndicatorGroup::maxPoints).containsExactly(18.0, 20.0, 22.0, 22.0, 18.0);
        Scorecard card = ADMIN.call(() -> service.scorecard(Period.year(2025), Scope.ALL));
        var satisfaction = card.groups().getLast();
        assertThat(satisfaction.hasData()).as("the console holds no survey").isFalse();
        assertThat(card.points()).isPositive().isLessThan(card.maxWithData());
        IndicatorGroup g = set.getFirst();
        var doubled = new IndicatorGroup(0, 2027, g.code(), g.nameVi(), g.nameEn(), 36, g.indicators());
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveIndicatorSet(2027, List.of(doubled))))
                .hasMessage("error.ps.groupPoints");
    }

    @Test
    void onlineUseByUnitCountsForEveryUnitWhatItsOwnUnusedListCounts() {
        Period y2025 = Period.year(2025);
        List<OnlineUse> all = ADMIN.call(() -> service.onlineUseByUnit(y2025));
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all).anyMatch(u -> u.unused() > 0 && u.unused() < u.offered());
        // the batch agrees with the per-unit dashboard for a department, a district and a ward
        for (String code : List.of(DemoUsers.SNV_CODE, DemoUsers.VINH_YEN_CODE, DemoUsers.NGO_QUYEN_CODE)) {
            long id = unit(code);
            OnlineUse use = all.stream().filter(u -> u.unitId() == id).findFirst().orElseThrow();
            Dashboard d = ADMIN.call(() -> service.dashboard(y2025, Scope.unit(id), 1));
            assertThat(use.offered()).as(code).isEqualTo(d.proceduresOnline()).isPositive();
            assertThat(use.unused()).as(code).isEqualTo(d.proceduresOnlineUnused());
        }
        // in 2019 not one online application: every offered procedure is unused, nothing is used
        assertThat(ADMIN.call(() -> service.onlineUseByUnit(Period.year(2019))))
                .allMatch(u -> u.unused() == u.offered() && u.usedShare() == 0.0);
        // a head of a district sees only the district and its communes
        List<OnlineUse> vinhYen = HEAD_VINH_YEN.call(() -> service.onlineUseByUnit(y2025));
        assertThat(vinhYen).isNotEmpty().hasSizeLessThan(all.size() / 3);
        assertThat(vinhYen).noneMatch(u -> u.unitId() == unit(DemoUsers.SNV_CODE));
    }
}
