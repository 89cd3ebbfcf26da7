package vn.egov.console.index.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.base.evidence.EvidenceFiles;
import vn.egov.console.base.evidence.EvidenceUpload;
import vn.egov.console.index.Assessment;
import vn.egov.console.index.Framework;
import vn.egov.console.index.IndexService;
import vn.egov.console.index.Node;
import vn.egov.console.index.Scoring;
import vn.egov.console.index.Source;
import vn.egov.console.index.ValueStatus;

/**
 * The demo index: both frameworks, and published assessments for 2019 and 2025 computed from the demo records the
 * other features seeded (so runs after all of them), with the units' declared indicators verified. 2019 then shows
 * what the 2019 inspection found: no online applications, few signed documents to the Government Office.
 */
@Component
class IndexDemoSeeder implements DemoDataSeeder {

    static final int ORDER = 800;

    private final IndexService service;
    private final IndexStore store;
    private final EvidenceFiles evidence;

    IndexDemoSeeder(IndexService service, IndexStore store, EvidenceFiles evidence) {
        this.service = service;
        this.store = store;
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (!store.frameworks().isEmpty()) return;
        Framework it = service.saveFramework(DemoFrameworks.it2016());
        Framework dti = service.saveFramework(DemoFrameworks.dti2022());
        publish(it, 2019);
        publish(dti, 2025);
    }

    private void publish(Framework framework, int year) {
        Assessment a = service.openYear(framework.id(), year, LocalDate.of(year, 12, 31));
        List<Node> declared = framework.leaves().stream().filter(n -> n.source() == Source.EVIDENCE).toList();
        byte[] pdf = DemoPdf.BYTES;
        for (long unitId : store.unitIds(a.id())) {
            long evidenceId = evidence.store(new EvidenceUpload("%d/BC-%d".formatted(10 + unitId % 80, year),
                    LocalDate.of(year, 11, 20), "Báo cáo tự đánh giá mức độ ứng dụng CNTT năm " + year,
                    "bao-cao-tu-danh-gia-" + year + ".pdf", pdf), "system");
            for (var v : store.values(a.id(), unitId)) {
                Node node = declared.stream().filter(n -> n.id() == v.nodeId()).findFirst().orElse(null);
                if (node == null) continue;
                double value = declaredValue(node, unitId, year);
                store.updateValue(v.id(), v.version(), value, evidenceId, Scoring.points(node, value),
                        ValueStatus.ACCEPTED, null, "system", Instant.parse(year + "-12-20T03:00:00Z"));
            }
        }
        service.publish(a.id(), a.version());
    }

    /** What a unit declared: deterministic per unit and indicator, better in later years. */
    static double declaredValue(Node node, long unitId, int year) {
        long h = Math.abs((unitId * 31 + node.code().hashCode()) * 17 + year) % 100;
        boolean later = year >= 2022;
        return switch (node.rule()) {
            case YES_NO -> h < (later ? 85 : 55) ? 1 : 0;
            case HALF -> h < (later ? 60 : 30) ? 1 : h < 80 ? 0.5 : 0;
            case TIERED -> later ? 1 + h % 4 : h % 3;
            case MANUAL -> Scoring.round(node.maxPoints() * (later ? 0.5 + h / 200.0 : 0.2 + h / 200.0));
            case RATIO -> h / 100.0;
        };
    }
}
