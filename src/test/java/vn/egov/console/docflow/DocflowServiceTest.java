package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;

@IntegrationTest
@Transactional
class DocflowServiceTest {

    static final YearMonth OLD = YearMonth.of(2012, 5); // before the demo history: nothing there yet

    @Autowired
    DocflowService service;
    @Autowired
    UnitService units;

    long id(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    static MonthlyFigures figures(YearMonth m, int total, int electronic, int signed, int paper) {
        return new MonthlyFigures(m, total, electronic, 2L * electronic, 0, 0, signed, paper, 0, 0);
    }

    // ---- the demo province reproduces the source documents -------------------------------------------------------

    @Test
    void thirtyNineUnitsAreInDailyUseAndOnTheProvincialHubSinceSeptember2016() {
        List<RolloutRow> board = LEADER.call(() -> service.rolloutBoard(null, null));
        List<RolloutRow> core = board.stream().filter(r -> r.hasReached(Stage.HUB_CONNECTED)
                && LocalDate.of(2016, 9, 1).equals(r.rollout().hubOn())).toList();
        assertThat(core).hasSize(39);
        assertThat(core).allMatch(r -> !r.rollout().inUseOn().isAfter(LocalDate.of(2016, 9, 1)));
        var byKind = core.stream().collect(Collectors.groupingBy(RolloutRow::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(UnitKind.DEPARTMENT, 24L).containsEntry(UnitKind.DISTRICT_COMMITTEE, 9L)
                .containsEntry(UnitKind.OTHER, 6L);
        assertThat(core).noneMatch(r -> r.unitCode().equals("000.00.01.H62"));
    }

    @Test
    void communesArePartlyRolledOut() {
        List<RolloutRow> communes = LEADER.call(() -> service.rolloutBoard(Tier.COMMUNE, null));
        Set<Stage> stages = communes.stream().map(RolloutRow::stage).collect(Collectors.toSet());
        assertThat(stages).contains(Stage.NOT_STARTED, Stage.INSTALLED, Stage.IN_USE, Stage.HUB_CONNECTED);
        long inUse = communes.stream().filter(r -> r.hasReached(Stage.IN_USE)).count();
        assertThat(inUse).isBetween(communes.size() / 3L, communes.size() - 10L);
        assertThat(communes).allMatch(r -> r.tier() == Tier.COMMUNE);
    }

    @Test
    void aboutEighteenPercentOfWhatWentToCentralGovernmentIn2019WasSigned() {
        ExchangeTotals y2019 = LEADER.call(() -> service.totals(Period.year(2019), null));
        assertThat(y2019.centralSignedShare()).isCloseTo(0.18, within(0.02));
        assertThat(y2019.sentToCentral()).isGreaterThan(1000);
    }

    @Test
    void atLeastThreeYearsOfMonthlyFiguresShowGrowth() {
        List<TrendPoint> years = LEADER.call(() -> service.trend(new Period(YearMonth.of(2017, 1),
                YearMonth.of(2021, 12)), Granularity.YEAR, null));
        assertThat(years).extracting(TrendPoint::bucket).containsExactly("2017", "2018", "2019", "2020", "2021");
        for (int i = 1; i < years.size(); i++) {
            ExchangeTotals before = years.get(i - 1).totals();
            ExchangeTotals now = years.get(i).totals();
            assertThat(now.electronicShare()).isGreaterThan(before.electronicShare());
            assertThat(now.signedShare()).isGreaterThan(before.signedShare());
            assertThat(now.paperParallelShare()).isLessThan(before.paperParallelShare());
        }
        assertThat(years.getFirst().totals().unitMonths()).as("39 units × 12 months at least").isGreaterThanOrEqualTo(468);
    }

    @Test
    void quartersAndMonthsAddUpToTheYear() {
        Period y = Period.year(2019);
        ExchangeTotals year = LEADER.call(() -> service.totals(y, null));
        for (Granularity g : Granularity.values()) {
            ExchangeTotals sum = LEADER.call(() -> service.trend(y, g, null)).stream().map(TrendPoint::totals)
                    .reduce(ExchangeTotals.EMPTY, ExchangeTotals::plus);
            assertThat(sum).as(g.name()).isEqualTo(year);
        }
        ExchangeTotals byUnits = LEADER.call(() -> service.ranking(y)).stream().map(UnitKpi::totals)
                .reduce(ExchangeTotals.EMPTY, ExchangeTotals::plus);
        assertThat(byUnits).as("the ranking covers every unit with figures").isEqualTo(year);
    }

    // ---- entering figures --------------------------------------------------------------------------------------

    @Test
    void aUnitOfficerRecordsAMonthForTheirUnitAndItCounts() {
        long snv = id(DemoUsers.SNV_CODE);
        MonthlyRow row = OFFICER_SNV.call(() -> service.saveFigures(snv, figures(OLD, 100, 80, 60, 10), null));
        assertThat(row.source()).isEqualTo(FigureSource.MANUAL);
        assertThat(row.updatedBy()).isEqualTo(OFFICER_SNV.username);
        ExchangeTotals t = HEAD_SNV.call(() -> service.totals(new Period(OLD, OLD), null));
        assertThat(t.signedShare()).isEqualTo(0.75);
        assertThat(t.electronicShare()).isEqualTo(0.8);

        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.saveFigures(snv, figures(OLD, 100, 80, 1, 1), null)))
                .as("a second new entry for the same month").isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.docflow.monthExists");
        OFFICER_SNV.run(() -> service.saveFigures(snv, figures(OLD, 100, 90, 90, 0), row.version()));
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.saveFigures(snv, figures(OLD, 1, 1, 1, 0), row.version())))
                .as("a stale version").isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.conflict");
    }

    @Test
    void impossibleFiguresAreRefusedAndNothingIsStored() {
        long snv = id(DemoUsers.SNV_CODE);
        record Case(MonthlyFigures f, String key) {
        }
        for (Case c : List.of(
                new Case(figures(OLD, 100, -1, 0, 0), "error.docflow.negative"),
                new Case(figures(OLD, 100, 80, 81, 0), "error.docflow.signedAboveSent"),
                new Case(new MonthlyFigures(OLD, 100, 80, 10, 81, 0, 0, 0, 0, 0), "error.docflow.axisAboveSent"),
                new Case(figures(YearMonth.now(ProvinceTime.ZONE).plusMonths(1), 1, 1, 1, 0), "error.docflow.futureMonth"),
                new Case(figures(OLD, 10, 20, 0, 0), "error.docflow.electronicAboveTotal"))) {
            assertThatThrownBy(() -> ADMIN.run(() -> service.saveFigures(snv, c.f(), null)))
                    .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", c.key());
        }
        assertThat(ADMIN.call(() -> service.figuresOf(snv, OLD))).isEmpty();
    }

    // ---- scope ---------------------------------------------------------------------------------------------------

    @Test
    void unitUsersWriteOnlyInTheirScopeAndLeadershipNowhere() {
        long stp = id(DemoUsers.STP_CODE);
        long ward = id(DemoUsers.NGO_QUYEN_CODE);
        long otherWard = id(DemoUsers.TRUNG_TRAC_CODE);
        MonthlyFigures f = figures(OLD, 10, 10, 5, 0);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.saveFigures(stp, f, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.saveFigures(stp, f, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> LEADER.run(() -> service.saveFigures(stp, f, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> HEAD_VINH_YEN.run(() -> service.saveFigures(otherWard, f, null)))
                .isInstanceOf(AccessDeniedException.class);
        HEAD_VINH_YEN.run(() -> service.saveFigures(ward, f, null));
        ADMIN.run(() -> service.saveFigures(stp, f, null));
        assertThat(LEADER.call(() -> service.writableUnits())).isEmpty();
        assertThat(HEAD_SNV.call(() -> service.writableUnits())).extracting(UnitSummary::code)
                .containsExactly(DemoUsers.SNV_CODE);
    }

    @Test
    void unitUsersReadOnlyTheirScope() {
        long snv = id(DemoUsers.SNV_CODE);
        long stp = id(DemoUsers.STP_CODE);
        Period p = Period.year(2019);
        assertThat(HEAD_SNV.call(() -> service.totals(p, null)))
                .isEqualTo(ADMIN.call(() -> service.totals(p, snv)));
        assertThat(HEAD_SNV.call(() -> service.ranking(p))).extracting(UnitKpi::unitCode)
                .containsExactly(DemoUsers.SNV_CODE);
        assertThat(HEAD_SNV.call(() -> service.rolloutBoard(null, null))).extracting(RolloutRow::unitCode)
                .containsExactly(DemoUsers.SNV_CODE);
        assertThat(HEAD_SNV.call(() -> service.figures(null, 2019, 0, 100))).allMatch(r -> r.unitId() == snv);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.totals(p, stp))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.figures(stp, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.rollout(stp))).isInstanceOf(AccessDeniedException.class);
        var vinhYen = HEAD_VINH_YEN.call(() -> service.ranking(p));
        assertThat(vinhYen).extracting(UnitKpi::unitCode).contains(DemoUsers.VINH_YEN_CODE)
                .doesNotContain(DemoUsers.SNV_CODE, DemoUsers.TRUNG_TRAC_CODE);
        assertThat(LEADER.call(() -> service.ranking(p))).hasSizeGreaterThan(39);
    }

    // ---- rollout -------------------------------------------------------------------------------------------------

    @Test
    void rolloutStagesMustBeReachedInOrderAndNotInTheFuture() {
        long snv = id(DemoUsers.SNV_CODE);
        RolloutRow row = HEAD_SNV.call(() -> service.rollout(snv));
        RolloutDraft d = row.rollout();
        var skipped = new RolloutDraft("VNPT", "iOffice", "5", d.installedOn(), null, d.inUseOn(), null, null, null);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.saveRollout(snv, row.version(), skipped)))
                .hasFieldOrPropertyWithValue("messageKey", "error.docflow.stageSkipped");
        var backwards = new RolloutDraft("VNPT", "iOffice", "5", d.installedOn(), d.installedOn().minusDays(1), null,
                null, null, null);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.saveRollout(snv, row.version(), backwards)))
                .hasFieldOrPropertyWithValue("messageKey", "error.docflow.stageOrder");
        var future = new RolloutDraft("VNPT", "iOffice", "5", LocalDate.now().plusDays(2), null, null, null, null, null);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.saveRollout(snv, row.version(), future)))
                .hasFieldOrPropertyWithValue("messageKey", "error.docflow.stageInFuture");

        var upgraded = new RolloutDraft("VNPT", "VNPT-iOffice", "5.0", d.installedOn(), d.trainedOn(), d.inUseOn(),
                d.hubOn(), d.axisOn(), "Nâng cấp 2026");
        RolloutRow saved = HEAD_SNV.call(() -> service.saveRollout(snv, row.version(), upgraded));
        assertThat(saved.rollout().productVersion()).isEqualTo("5.0");
        assertThat(saved.version()).isEqualTo(row.version() + 1);
        assertThatThrownBy(() -> OFFICER_SNV.run(() -> service.saveRollout(snv, row.version(), upgraded)))
                .hasFieldOrPropertyWithValue("messageKey", "error.conflict");
        assertThatThrownBy(() -> LEADER.run(() -> service.saveRollout(snv, saved.version(), upgraded)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> HEAD_SNV.run(() -> service.saveRollout(id(DemoUsers.STP_CODE), null, upgraded)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTimelineCountsUnitsThatReachedEachStageByYearEnd() {
        List<RolloutRow> board = LEADER.call(() -> service.rolloutBoard(null, null));
        var byYear = DocflowService.reachedByYear(board, 2015, 2016);
        assertThat(byYear.get(2015).get(Stage.INSTALLED)).isZero();
        assertThat(byYear.get(2016).get(Stage.HUB_CONNECTED)).isEqualTo(39);
        assertThat(DocflowService.reachedCounts(board).get(Stage.INSTALLED))
                .isGreaterThanOrEqualTo(DocflowService.reachedCounts(board).get(Stage.IN_USE));
    }
}
