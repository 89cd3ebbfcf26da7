package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;

/**
 * Every method of {@link PublicServiceService} for every role: ADMIN and LEADER read the province, unit roles their
 * unit and its children; unit roles and ADMIN record figures in their scope; only ADMIN changes the catalogue and the
 * scorecard and sees the reporting queue. A head of another unit (giamdoc.snv for Vĩnh Yên) is refused.
 */
@IntegrationTest
@Transactional
class PublicServiceAuthorizationTest {

    @Autowired
    PublicServiceService service;
    @Autowired
    UnitService units;

    static final Period YEAR = Period.year(2024);

    long unit(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    boolean seesProvince(DemoUsers u) {
        return u == DemoUsers.ADMIN || u == DemoUsers.LEADER;
    }

    boolean seesVinhYen(DemoUsers u) {
        return seesProvince(u) || u == DemoUsers.HEAD_VINH_YEN;
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void everyoneReadsWithinTheirScope(DemoUsers user) {
        long vinhYen = unit(DemoUsers.VINH_YEN_CODE);
        assertThatCode(() -> user.run(() -> {
            service.catalogue(PublicServiceService.CatalogueFilter.ALL, 0, 10, null, true);
            service.countCatalogue(PublicServiceService.CatalogueFilter.ALL);
            service.fields();
            service.totals(YEAR, Scope.ALL);
            service.dashboard(YEAR, Scope.ALL, 5);
            service.scorecard(YEAR, Scope.ALL);
            service.trend(YEAR, Scope.ALL);
            service.unusedOnline(YEAR, Scope.ALL, 5);
            service.countUnusedOnline(YEAR, Scope.ALL);
            service.byUnit(YEAR, Scope.ALL);
            service.byField(YEAR, Scope.ALL);
            service.byProcedure(YEAR, Scope.ALL);
            service.rows(YEAR, Scope.ALL, 0, 5);
            service.countRows(YEAR, Scope.ALL);
            service.ranking(YEAR, Tier.COMMUNE);
            service.indicatorSet(2024);
            service.writableUnits();
            service.yearReportPdf(2024, java.util.Locale.ENGLISH);
        })).doesNotThrowAnyException();
        Runnable[] vinhYenReads = {
                () -> service.totals(YEAR, Scope.unit(vinhYen)),
                () -> service.dashboard(YEAR, Scope.unit(vinhYen), 5),
                () -> service.byField(YEAR, Scope.unit(vinhYen)),
                () -> service.byProcedure(YEAR, Scope.unit(vinhYen)),
                () -> service.rows(YEAR, Scope.unit(vinhYen), 0, 5),
                () -> service.trend(YEAR, Scope.unit(vinhYen)),
                () -> service.month(1, vinhYen, YearMonth.of(2024, 1)),
                () -> service.catalogue(new PublicServiceService.CatalogueFilter(null, null, null, null, vinhYen,
                        false), 0, 5, null, true)};
        for (Runnable read : vinhYenReads) {
            if (seesVinhYen(user)) assertThatCode(() -> user.run(read)).doesNotThrowAnyException();
            else assertThatThrownBy(() -> user.run(read)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void aUnitHeadsFiguresStayWithinTheirUnit(DemoUsers user) {
        Totals province = ADMIN.call(() -> service.totals(YEAR, Scope.ALL));
        Totals seen = user.call(() -> service.totals(YEAR, Scope.ALL));
        if (seesProvince(user)) assertThat(seen).isEqualTo(province);
        else assertThat(seen.received()).isLessThan(province.received() / 3);
        List<Long> ranked = user.call(() -> service.ranking(YEAR, Tier.COMMUNE)).stream().map(UnitRank::unitId).toList();
        if (!seesProvince(user)) {
            assertThat(ranked).allMatch(id -> ADMIN.call(() -> units.get(id)).parentId() != null
                    && user == DemoUsers.HEAD_VINH_YEN);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void figuresAreRecordedByAdminAndUnitRolesInTheirScopeNeverByLeadership(DemoUsers user) {
        long vinhYen = unit(DemoUsers.VINH_YEN_CODE);
        Runnable complaints = () -> service.saveComplaints(vinhYen, YearMonth.of(2016, 1), 3, 2);
        // one row with an unknown procedure: a role that may import gets its per-row error back, nothing is stored
        Runnable importing = () -> assertThat(service.importFigures(csv("Mã thủ tục;Mã đơn vị;Tháng;Tiếp nhận;"
                + "Tiếp nhận trực tuyến;Đã giải quyết;Giải quyết đúng hạn;Trễ hạn\n0.000000;" + DemoUsers.VINH_YEN_CODE
                + ";2016-01;1;0;1;1;0\n")).errors()).isNotEmpty();
        Runnable manual = () -> service.saveMonth(new MonthEntry("0.000000", DemoUsers.VINH_YEN_CODE,
                YearMonth.of(2016, 1), new Figures(1, 0, 1, 1, 0, 0, 0, 0)), null);
        Runnable form = () -> service.saveManualMonth(new MonthEntry(null, DemoUsers.VINH_YEN_CODE,
                YearMonth.of(2016, 2), null), null, 3L, 2L);
        if (seesVinhYen(user)) {
            assertThat(user.call(() -> service.complaints(vinhYen, YearMonth.of(2016, 1)))).isNotNull();
        } else {
            assertThatThrownBy(() -> user.run(() -> service.complaints(vinhYen, YearMonth.of(2016, 1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        if (user == DemoUsers.LEADER) {
            assertThatThrownBy(() -> user.run(form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> user.run(complaints)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> user.run(importing)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> user.run(manual)).isInstanceOf(AccessDeniedException.class);
            return;
        }
        if (seesVinhYen(user)) {
            assertThatCode(() -> user.run(complaints)).doesNotThrowAnyException();
            assertThatCode(() -> user.run(form)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> user.run(complaints)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> user.run(form)).as("not among the units the user may write")
                    .hasMessage("error.ps.unitUnknown");
        }
        assertThatCode(() -> user.run(importing)).doesNotThrowAnyException();
        // an unknown procedure is a business refusal for whoever may write at all
        assertThatThrownBy(() -> user.run(manual)).hasMessage("error.ps.procedureUnknown");
    }

    @ParameterizedTest
    @EnumSource(value = DemoUsers.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheDicChangesTheCatalogueAndTheScorecardAndSeesTheReportingQueue(DemoUsers user) {
        assertThatThrownBy(() -> user.run(() -> service.importCatalogue(csv("x")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> service.saveIndicatorSet(2027, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> service.missingReports())).isInstanceOf(AccessDeniedException.class);
    }
}
