package vn.egov.console.architecture;

import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.organization.UnitService;

/** Test fixtures: versions and tasks made as ADMIN, evidence files that are what they say. */
final class Roadmaps {

    static final AtomicInteger SEQ = new AtomicInteger();

    private final ArchitectureService service;
    private final UnitService units;

    Roadmaps(ArchitectureService service, UnitService units) {
        this.service = service;
        this.units = units;
    }

    long unit(String code) {
        return ADMIN.call(() -> units.findByCode(code).orElseThrow().id());
    }

    long snv() {
        return unit(DemoUsers.SNV_CODE);
    }

    long stp() {
        return unit(DemoUsers.STP_CODE);
    }

    long component(String code) {
        return ADMIN.call(() -> service.components().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow().id());
    }

    ArchitectureVersion draft(int from, int to) {
        long framework = ADMIN.call(() -> service.frameworks().getLast().id());
        return ADMIN.call(() -> service.createVersion(new VersionDraft("Kiến trúc thử nghiệm " + SEQ.incrementAndGet(),
                framework, null, null, from, to)));
    }

    /** Approves {@code v}, cancelling every open task of the version it supersedes unless told otherwise. */
    ArchitectureVersion approve(ArchitectureVersion v, Map<Long, CarryDecision> decisions) {
        return ADMIN.call(() -> {
            Map<Long, CarryDecision> all = new HashMap<>();
            service.carryOverPlan(v.id()).items().forEach(i -> all.put(i.taskId(), CarryDecision.CANCEL));
            all.putAll(decisions);
            return service.approve(v.id(), service.version(v.id()).version(), all);
        });
    }

    static TaskDraft draft(String code, long componentId, long leadUnitId, LocalDate start, LocalDate end) {
        return new TaskDraft(code, "Nhiệm vụ " + code, componentId, null, "Quyết định thử nghiệm", leadUnitId, Set.of(),
                start, end, FundingSource.PROVINCIAL_BUDGET, null, 0L, "Sản phẩm " + code, TaskStatus.NOT_STARTED, 0,
                Set.of());
    }

    TaskRow task(ArchitectureVersion v, String code, long leadUnitId, LocalDate start, LocalDate end) {
        return ADMIN.call(() -> service.createTask(v.id(), draft(code, component("APP"), leadUnitId, start, end))).task();
    }

    static TaskDraft edit(TaskRow t) {
        return new TaskDraft(t.code(), t.title(), t.componentId(), t.parentId(), t.legalBasis(), t.leadUnitId(),
                Set.of(), t.plannedStart(), t.plannedEnd(), t.funding(), t.estimateVnd(), t.disbursedVnd(),
                t.deliverable(), t.status(), t.hasChildren() ? null : t.percent(), Set.of());
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip(String entry) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static EvidenceUpload evidence(String fileName, byte[] content) {
        return new EvidenceUpload("123/BC-STTTT", LocalDate.of(2025, 9, 30), "Báo cáo kết quả triển khai", fileName,
                content);
    }

    static ProgressDraft report(String period, TaskStatus status, int percent, long disbursed, EvidenceUpload ev) {
        return new ProgressDraft(period, status, percent, disbursed, null, ev);
    }
}
