package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.organization.UnitService;

/** The annex import: create-or-update by (version, task code), every row checked first, all or nothing. */
@IntegrationTest
@Transactional
class AnnexImportTest {

    private static final String HEADER = "Mã nhiệm vụ;Tên nhiệm vụ;Thành phần;Nhiệm vụ cha;Đơn vị chủ trì;"
            + "Đơn vị phối hợp;Bắt đầu;Kết thúc;Nguồn kinh phí;Dự toán;Phụ thuộc\n";

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;

    @Test
    void importsCreatesThenUpdatesByCodeWithParentsAndDependencies() {
        ArchitectureVersion v = new Roadmaps(service, units).draft(2026, 2030);
        String file = HEADER
                + "1;Nền tảng dữ liệu;DATA;;000.00.11.H62;;01/01/2026;31/12/2027;PROVINCIAL_BUDGET;;\n"
                + "1.1;Kho dữ liệu dùng chung;DATA;1;000.00.11.H62;000.00.70.H62;01/01/2026;30/06/2026;PROVINCIAL_BUDGET;2.500.000.000;\n"
                + "1.2;Cổng dữ liệu mở;DATA;1;000.00.70.H62;;01/07/2026;31/12/2027;;1200000000;1.1\n";
        ImportResult first = run(v, file);
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        var tasks = ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())));
        assertThat(tasks).extracting(TaskRow::code).containsExactly("1", "1.1", "1.2");
        TaskRow portal = tasks.get(2);
        assertThat(portal.parentId()).isEqualTo(tasks.get(0).id());
        assertThat(ADMIN.call(() -> service.detail(portal.id())).prerequisites()).extracting(TaskRow::code)
                .containsExactly("1.1");

        ImportResult again = run(v, file.replace("30/06/2026", "30/09/2026"));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())))).hasSize(3)
                .filteredOn(t -> t.code().equals("1.1")).singleElement()
                .satisfies(t -> assertThat(t.plannedEnd()).hasMonthValue(9));
    }

    @Test
    void oneBadRowAndNothingIsWrittenWithEveryRowsErrorsListed() {
        ArchitectureVersion v = new Roadmaps(service, units).draft(2026, 2030);
        String file = HEADER
                + "1;Nền tảng dữ liệu;DATA;;000.00.11.H62;;01/01/2026;31/12/2027;;;\n"
                + "2;Sai thành phần;XYZ;;000.00.11.H62;;01/01/2026;31/12/2027;;;\n"
                + "3;Sai ngày;APP;;000.00.11.H62;;31/12/2027;01/01/2026;;-5;\n"
                + "1;Trùng mã;APP;;999.99.99.H62;;01/01/2026;31/12/2027;;abc;\n";
        ImportResult result = run(v, file);
        assertThat(result.rejected()).isTrue();
        assertThat(result.errors()).extracting(RowError::line, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "error.architecture.import.unknownComponent"),
                org.assertj.core.groups.Tuple.tuple(4, "error.architecture.endBeforeStart"),
                org.assertj.core.groups.Tuple.tuple(4, "error.architecture.moneyNegative"),
                org.assertj.core.groups.Tuple.tuple(5, "error.architecture.import.unknownUnit"),
                org.assertj.core.groups.Tuple.tuple(5, "error.architecture.moneyNotNumber"));
        assertThat(ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())))).isEmpty();

        ImportResult cycle = run(v, HEADER
                + "A;A;APP;;000.00.11.H62;;01/01/2026;31/12/2026;;;B\n"
                + "B;B;APP;;000.00.11.H62;;01/01/2026;31/12/2026;;;A\n");
        assertThat(cycle.errors()).singleElement().satisfies(e ->
                assertThat(e.messageKey()).isEqualTo("error.architecture.dependencyCycle"));
    }

    private ImportResult run(ArchitectureVersion v, String csv) {
        return ADMIN.call(() -> service.importAnnex(v.id(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 5_000_000));
    }
}
