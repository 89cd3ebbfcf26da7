package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditFilter;
import vn.egov.console.audit.AuditRow;
import vn.egov.console.audit.AuditService;
import vn.egov.console.audit.FieldChange;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;

/** Every write of the public-service feature leaves one line in the audit trail, in the write's transaction. */
@IntegrationTest
@Transactional
class PublicServiceAuditTest {

    @Autowired
    PublicServiceService service;
    @Autowired
    AuditService audit;
    @Autowired
    UnitService units;

    String birth() {
        return ADMIN.call(() -> service.catalogue(new PublicServiceService.CatalogueFilter("Đăng ký khai sinh", null,
                Tier.COMMUNE, null, null, false), 0, 5, null, true)).stream()
                .filter(p -> p.name().equals("Đăng ký khai sinh")).findFirst().orElseThrow().code();
    }

    List<AuditRow> entries(String record) {
        return ADMIN.call(() -> audit.search(new AuditFilter("publicservice", null, null, null, record, null), 0, 20));
    }

    @Test
    void aFiguresImportIsOneEntryWithItsCountsAndFileNameAndARefusedOneLeavesNone() {
        String body = PublicServiceImportTest.HEADER
                + birth() + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-01;20;5;18;17;1;10;4;2\n"
                + birth() + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-02;15;5;15;15;0;10;4;2\n";
        HEAD_VINH_YEN.run(() -> service.importFigures(stream(body), "mot-cua-thang-1.csv"));
        assertThat(entries("mot-cua-thang-1")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("chutich.vinhyen");
            assertThat(e.entityType()).isEqualTo("psFiguresImport");
            assertThat(e.action()).isEqualTo(AuditAction.IMPORTED);
            assertThat(e.changes()).contains(new FieldChange("rows", null, "2"), new FieldChange("created", null, "2"),
                    new FieldChange("months", null, "2016-01 → 2016-02 (2)"));
        });

        String bad = PublicServiceImportTest.HEADER
                + birth() + ";" + DemoUsers.NGO_QUYEN_CODE + ";2016-03;10;11;5;5;0;0;0;0\n";
        ImportResult refused = HEAD_VINH_YEN.call(() -> service.importFigures(stream(bad), "sai.csv"));
        assertThat(refused.rejected()).isTrue();
        assertThat(entries("sai.csv")).as("nothing stored, nothing recorded").isEmpty();
    }

    @Test
    void aCatalogueImportIsOneEntry() {
        String file = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Mã đơn vị;Mức độ trực tuyến;Thời hạn giải quyết\n"
                + "9.000001;Cấp giấy phép thử nghiệm;Thử nghiệm;Cấp tỉnh;" + DemoUsers.SNV_CODE + ";Toàn trình;10\n"
                + "9.000002;Cấp giấy phép thử nghiệm hai;Thử nghiệm;Cấp xã;;Một phần;5\n";
        ADMIN.run(() -> service.importCatalogue(stream(file), "danh-muc-2026.xlsx"));
        assertThat(entries("danh-muc-2026")).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("psCatalogueImport");
            assertThat(e.changes()).contains(new FieldChange("rows", null, "2"), new FieldChange("created", null, "2"),
                    new FieldChange("updated", null, "0"));
        });
    }

    @Test
    void aMonthTypedInRecordsItsFiguresThenOnlyWhatChanged() {
        var entry = new MonthEntry(birth(), DemoUsers.NGO_QUYEN_CODE, YearMonth.of(2016, 3),
                new Figures(10, 4, 9, 9, 0, 5, 3, 1));
        MonthlyRow saved = HEAD_VINH_YEN.call(() -> service.saveMonth(entry, null));
        HEAD_VINH_YEN.run(() -> service.saveMonth(new MonthEntry(entry.procedureCode(), entry.unitCode(),
                entry.month(), new Figures(12, 4, 9, 9, 0, 5, 3, 1)), saved.version()));
        List<AuditRow> rows = entries(String.valueOf(saved.id())).stream()
                .filter(e -> e.entityType().equals("psMonth")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().action()).isEqualTo(AuditAction.UPDATED);
        assertThat(rows.getFirst().changes()).containsExactly(new FieldChange("received", "10", "12"));
        assertThat(rows.getLast().action()).isEqualTo(AuditAction.CREATED);
        assertThat(rows.getLast().changes()).contains(new FieldChange("receivedOnline", null, "4"));
        assertThat(rows.getLast().label()).contains(entry.procedureCode()).contains("2016-03");
    }

    @Test
    void complaintsRecordBeforeAndAfter() {
        long ward = ADMIN.call(() -> units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id());
        HEAD_VINH_YEN.run(() -> service.saveComplaints(ward, YearMonth.of(2016, 1), 3, 2));
        HEAD_VINH_YEN.run(() -> service.saveComplaints(ward, YearMonth.of(2016, 1), 4, 2));
        List<AuditRow> rows = entries(String.valueOf(ward)).stream()
                .filter(e -> e.entityType().equals("psComplaints")).toList();
        assertThat(rows).extracting(AuditRow::action).containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
        assertThat(rows.getFirst().changes()).containsExactly(new FieldChange("complaintsReceived", "3", "4"));
    }

    @Test
    void anIndicatorSetChangeRecordsExactlyTheWeightsAndTargetsThatMoved() {
        List<IndicatorGroup> set = ADMIN.call(() -> service.indicatorSet(2026));
        ADMIN.run(() -> service.saveIndicatorSet(2026, set));
        List<IndicatorGroup> changed = new ArrayList<>(set);
        IndicatorGroup online = set.get(3);
        List<Indicator> indicators = new ArrayList<>(online.indicators());
        Indicator share = indicators.getFirst();
        indicators.set(0, new Indicator(0, share.code(), share.nameVi(), share.nameEn(), share.numerator(),
                share.denominator(), share.complement(), share.maxPoints(), share.rule(), 0.6, null));
        changed.set(3, new IndicatorGroup(0, 2026, online.code(), online.nameVi(), online.nameEn(),
                online.maxPoints(), indicators));
        ADMIN.run(() -> service.saveIndicatorSet(2026, changed));
        List<AuditRow> rows = entries("2026").stream().filter(e -> e.entityType().equals("psIndicatorSet")).toList();
        assertThat(rows).extracting(AuditRow::action).containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
        assertThat(rows.getFirst().changes()).containsExactly(new FieldChange("G4/4.1.target", "0.5", "0.6"));

        long before = entries("2026").size();
        var refused = new ArrayList<>(changed);
        refused.remove(4);
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveIndicatorSet(2026, refused)))
                .hasMessage("error.ps.setPoints");
        assertThat(entries("2026")).hasSize((int) before);
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }
}
