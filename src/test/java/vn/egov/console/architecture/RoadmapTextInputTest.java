package vn.egov.console.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.organization.UnitService;

/** Text typed or imported into the roadmap: invisible text refused, NFD stored as NFC, lengths in characters. */
@IntegrationTest
@Transactional
class RoadmapTextInputTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Autowired
    ArchitectureService service;
    @Autowired
    UnitService units;

    @Test
    void aTitleOfZeroWidthAndNoBreakSpacesIsRefusedAndNothingStored() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskDraft d = Roadmaps.draft("T-1", fx.component("APP"), fx.snv(), START, END);
        assertThatThrownBy(() -> ADMIN.run(() -> service.createTask(v.id(), titled(d, "\u200B\u00A0\uFEFF"))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.text.invisibleOnly"));
        assertThat(ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())))).isEmpty();
    }

    @Test
    void nfdTextIsStoredAsNfcAndCodesAreTrimmedOfInvisibleSpaces() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        String nfc = "Xây dựng kho dữ liệu dùng chung tỉnh Vĩnh Phúc";
        TaskDraft d = Roadmaps.draft("\u00A0T-2\u200B", fx.component("APP"), fx.snv(), START, END);
        TaskRow t = ADMIN.call(() -> service.createTask(v.id(),
                titled(d, Normalizer.normalize(nfc, Normalizer.Form.NFD) + "\u3000"))).task();
        assertThat(t.title()).isEqualTo(nfc);
        assertThat(t.code()).isEqualTo("T-2");
        assertThatThrownBy(() -> ADMIN.run(() -> service.createTask(v.id(), Roadmaps.draft("T-2\uFEFF",
                fx.component("APP"), fx.snv(), START, END))))
                .as("the same code with a byte-order mark is the same code")
                .hasMessage("error.architecture.codeDuplicate");
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        String emoji = "🏛".repeat(500);
        TaskDraft d = Roadmaps.draft("T-3", fx.component("APP"), fx.snv(), START, END);
        assertThat(ADMIN.call(() -> service.createTask(v.id(), titled(d, emoji))).task().title()).isEqualTo(emoji);
        assertThatThrownBy(() -> ADMIN.run(() -> service.createTask(v.id(),
                titled(Roadmaps.draft("T-4", fx.component("APP"), fx.snv(), START, END), emoji + "🏛"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly("architecture.field.title", 500, 501);
                });
    }

    @Test
    void blockersOfOnlyInvisibleCharactersAreStoredAsNone() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        TaskRow t = fx.task(v, "T-5", fx.snv(), START, END);
        ProgressReport r = HEAD_SNV.call(() -> service.fileReport(t.id(), new ProgressDraft(" 2026-Q1\u00A0",
                TaskStatus.IN_PROGRESS, 10, 0L, "\u200B \u00A0", null)));
        assertThat(r.period()).isEqualTo("2026-Q1");
        assertThat(r.blockers()).isNull();
        assertThatThrownBy(() -> ADMIN.run(() -> service.returnReport(r.id(), r.version(), "\u200B\u2060")))
                .hasMessage("error.text.invisibleOnly");
    }

    @Test
    void anAnnexRowWithAnInvisibleTitleIsRefusedNamingItsColumn() {
        Roadmaps fx = new Roadmaps(service, units);
        ArchitectureVersion v = fx.draft(2026, 2030);
        String csv = "Mã nhiệm vụ;Tên nhiệm vụ;Thành phần;Đơn vị chủ trì;Bắt đầu;Kết thúc\n"
                + "1;Nền tảng;APP;" + DemoUsers.SNV_CODE + ";01/01/2026;30/06/2026\n"
                + "2;\u200B\u00A0;APP;" + DemoUsers.SNV_CODE + ";01/01/2026;30/06/2026\n";
        ImportResult result = ADMIN.call(() -> service.importAnnex(v.id(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1_000_000));
        assertThat(result.rejected()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("title");
            // the shared reader already drops invisible characters from cells, so the title is simply missing
            assertThat(e.messageKey()).isEqualTo("error.text.required");
            assertThat(e.arguments()).containsExactly("architecture.field.title");
        });
        assertThat(ADMIN.call(() -> service.tasks(RoadmapFilter.of(v.id())))).isEmpty();
    }

    private static TaskDraft titled(TaskDraft d, String title) {
        return new TaskDraft(d.code(), title, d.componentId(), d.parentId(), d.legalBasis(), d.leadUnitId(),
                Set.of(), d.plannedStart(), d.plannedEnd(), d.funding(), d.estimateVnd(), d.disbursedVnd(),
                d.deliverable(), d.status(), d.percentDone(), Set.of());
    }
}
