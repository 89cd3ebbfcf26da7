package vn.egov.console.index;

import static vn.egov.console.DemoUsers.ADMIN;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.egov.console.DemoUsers;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.organization.UnitService;

/** An open 2026 assessment on the demo DTI framework, and ways to find a unit's indicator in it. */
final class IndexFixture {

    final IndexService service;
    final UnitService units;
    final Assessment open;
    final long snv;

    IndexFixture(IndexService service, UnitService units) {
        this.service = service;
        this.units = units;
        Framework dti = ADMIN.call(() -> service.frameworks().stream()
                .filter(f -> f.code().equals("VP-DTI-2022")).findFirst().orElseThrow());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        this.open = ADMIN.call(() -> service.openYear(dti.id(), today.getYear(), today));
        this.snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
    }

    IndicatorValue value(long unitId, String code) {
        return ADMIN.call(() -> service.unitValues(open.id(), unitId).stream()
                .filter(v -> v.node().code().equals(code)).findFirst().orElseThrow());
    }

    static EvidenceUpload evidence(String number, LocalDate date) {
        return new EvidenceUpload(number, date, "Biên bản họp Ban chỉ đạo", "bien-ban.pdf", pdf());
    }

    static EvidenceUpload evidence() {
        return evidence("12/BB-SNV", LocalDate.of(2026, 3, 1));
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}
