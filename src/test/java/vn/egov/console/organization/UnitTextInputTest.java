package vn.egov.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.VietnameseText;

/** Flaw 6 of issue 14 for units: invisible names refused, combining accents stored precomposed, emoji counted once. */
@IntegrationTest
@Transactional
class UnitTextInputTest {

    @Autowired
    UnitService units;

    @Test
    void aNameOfZeroWidthAndNoBreakSpacesIsRefused() {
        ADMIN.run(() -> {
            long parent = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            int before = units.listVisible().size();
            assertThatThrownBy(() -> units.create(new UnitDraft("TEST.TEXT.1", "\u200B\u00A0\u200B\uFEFF", Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, parent, 1, false)))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.text.invisibleOnly"));
            assertThat(units.listVisible()).hasSize(before);
        });
    }

    @Test
    void anNfdNameIsStoredAsNfcAndFoundByItsNfcSpelling() {
        String nfc = "Phường Đống Đa Thử";
        ADMIN.run(() -> {
            long parent = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            UnitSummary created = units.create(new UnitDraft("\u00A0TEST.TEXT.2\u200B",
                    Normalizer.normalize(nfc, Normalizer.Form.NFD) + "\u00A0", Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, parent, 1, false));
            assertThat(created.name()).isEqualTo(nfc);
            assertThat(created.code()).isEqualTo("TEST.TEXT.2");
            assertThat(units.listVisible()).filteredOn(u -> u.name().contains("Đống Đa Thử")).hasSize(1);
            assertThat(units.findByCode("TEST.TEXT.2\u00A0")).isPresent();
            assertThat(VietnameseText.fold(created.name())).contains(VietnameseText.fold("đống đa"));
        });
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        ADMIN.run(() -> {
            long parent = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            String emoji = "🏛".repeat(200);
            assertThat(units.create(new UnitDraft("TEST.TEXT.3", emoji, Tier.COMMUNE, UnitKind.COMMUNE_COMMITTEE,
                    parent, 1, false)).name()).isEqualTo(emoji);
            assertThatThrownBy(() -> units.create(new UnitDraft("TEST.TEXT.4", "🏛".repeat(256), Tier.COMMUNE,
                    UnitKind.COMMUNE_COMMITTEE, parent, 1, false))).hasMessage("error.unit.nameTooLong");
        });
    }
}
