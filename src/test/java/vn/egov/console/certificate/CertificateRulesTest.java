package vn.egov.console.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Domain rules that need no database, and translations of every value the certificate screens show. */
class CertificateRulesTest {

    @Test
    void theMostUrgentCrossedLevelIsChosen() {
        assertThat(CertificateService.levelFor(120)).isEqualTo(-1);
        assertThat(CertificateService.levelFor(91)).isEqualTo(-1);
        assertThat(CertificateService.levelFor(90)).isEqualTo(90);
        assertThat(CertificateService.levelFor(61)).isEqualTo(90);
        assertThat(CertificateService.levelFor(60)).isEqualTo(60);
        assertThat(CertificateService.levelFor(25)).isEqualTo(30);
        assertThat(CertificateService.levelFor(7)).isEqualTo(7);
        assertThat(CertificateService.levelFor(0)).as("the last valid day").isEqualTo(7);
        assertThat(CertificateService.levelFor(-1)).isZero();
        assertThat(CertificateService.levelFor(-400)).isZero();
    }

    @Test
    void namesMatchWithoutCaseOrAccents() {
        assertThat(CertificateService.fold(" TRẦN  văn BÌNH ")).isEqualTo(CertificateService.fold("Tran Van Binh"));
        assertThat(CertificateService.fold("Đỗ Thị Lan")).isEqualTo("do thi lan");
    }

    @Test
    void everyValueShownIsTranslatedInBothLanguages() throws Exception {
        Set<String> needed = new TreeSet<>();
        for (var v : CertificateKind.values()) needed.add(v.translationKey());
        for (var v : CertificateStatus.values()) needed.add(v.translationKey());
        for (var v : RequestType.values()) {
            needed.add(v.translationKey());
            needed.add("certificate.workQueue." + v.name());
        }
        for (var v : RequestStatus.values()) needed.add(v.translationKey());
        for (var v : SummaryFigure.values()) needed.add(v.translationKey());
        for (String file : new String[] {"translations_vi.properties", "translations.properties"}) {
            Properties p = new Properties();
            try (var reader = new InputStreamReader(Files.newInputStream(
                    Path.of("src/main/resources/vaadin-i18n", file)), StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            assertThat(needed).as(file).allMatch(p::containsKey);
        }
    }
}
