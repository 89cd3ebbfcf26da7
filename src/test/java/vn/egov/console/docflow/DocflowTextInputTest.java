package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.organization.UnitService;

/** Flaw 6 of issue 14 for document management: rollout texts and the figures import's cells. */
@IntegrationTest
@Transactional
class DocflowTextInputTest {

    @Autowired
    DocflowService service;
    @Autowired
    UnitService units;

    @Test
    void rolloutTextsAreStoredAsNfcAndInvisibleOnesAsNothing() {
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            RolloutRow before = service.rollout(snv);
            RolloutDraft d = before.rollout() != null ? before.rollout()
                    : new RolloutDraft(null, null, null, null, null, null, null, null, null);
            RolloutRow saved = service.saveRollout(snv, before.version(), new RolloutDraft(
                    Normalizer.normalize("Viễn thông Vĩnh Phúc", Normalizer.Form.NFD) + "\u00A0", d.product(),
                    "\u200B\u00A0", d.installedOn(), d.trainedOn(), d.inUseOn(), d.hubOn(), d.axisOn(), "\u200B"));
            assertThat(saved.rollout().vendor()).isEqualTo("Viễn thông Vĩnh Phúc");
            assertThat(saved.rollout().productVersion()).isNull();
            assertThat(saved.rollout().notes()).isNull();
        });
    }

    @Test
    void importCellsWithNoBreakAndZeroWidthSpacesAreRead() {
        String row = "\u00A0" + DemoUsers.SNV_CODE + "\u200B;\u00A02012-01;100;90;200;80;10;5;1\n";
        ImportResult r = ADMIN.call(() -> service.importFigures(new ByteArrayInputStream(
                (FiguresImportTest.HEADER + row).getBytes(StandardCharsets.UTF_8))));
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(1);
    }
}
