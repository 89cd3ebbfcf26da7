package vn.egov.console.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;

/** Flaw 6 of issue 14 for portals: the name and incident texts, and the register's filter. */
@IntegrationTest
@Transactional
class PortalTextInputTest {

    @Autowired
    PortalService portals;

    @Test
    void anInvisibleNameIsRefusedAndAnNfdNameIsStoredAsNfcAndFound() {
        ADMIN.run(() -> {
            Portal p = portals.list().getFirst();
            assertThatThrownBy(() -> portals.update(p.id(), p.version(), named(p, "\u200B\u00A0\u3000")))
                    .hasMessage("error.portal.nameRequired");
            String nfc = "Cổng thông tin điện tử Sở Nội vụ thử";
            Portal saved = portals.update(p.id(), p.version(),
                    named(p, Normalizer.normalize(nfc, Normalizer.Form.NFD) + "\u00A0"));
            assertThat(saved.name()).isEqualTo(nfc);
            assertThat(new PortalFilter("Sở Nội vụ thử", null).matches(saved, Set.of())).isTrue();
        });
    }

    private static PortalDraft named(Portal p, String name) {
        PortalDraft d = p.toDraft();
        return new PortalDraft(d.unitId(), name, d.url(), d.hosting(), d.platform(), d.editor(), d.postingMinPosts(),
                d.postingPeriod(), d.lastContentUpdate(), d.securityLevel(), d.securityDecisionNo(),
                d.securityDecisionDate(), d.lastAssessmentDate(), d.lastAssessmentResult(), d.openFindings(),
                d.backupPlan(), d.lastRestoreTestDate(), d.lastRestoreTestResult());
    }
}
