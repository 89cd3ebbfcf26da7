package vn.egov.console.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.VietnameseText;

class CleanTextTest {

    static final String NFC_NAME = "Sở Nội vụ tỉnh Vĩnh Phúc";
    static final String NFD_NAME = Normalizer.normalize(NFC_NAME, Normalizer.Form.NFD);
    static final TextRule NAME = TextRule.line("unit.name", 255);

    @Test
    void combiningAccentsAreStoredPrecomposed() {
        assertThat(NFD_NAME).isNotEqualTo(NFC_NAME);
        assertThat(CleanText.line(NFD_NAME)).isEqualTo(NFC_NAME);
        assertThat(NAME.clean(NFD_NAME)).isEqualTo(NFC_NAME);
        assertThat(CleanText.searchTerm(Normalizer.normalize("Nội vụ", Normalizer.Form.NFD))).isEqualTo("Nội vụ");
    }

    @Test
    void unicodeSpacesAndInvisibleCharactersAreTrimmedAndSqueezed() {
        assertThat(CleanText.line("\uFEFF\u00A0 Sở\u00A0\u00A0Nội\u200B vụ\u3000\u2007\n")).isEqualTo("Sở Nội vụ");
        assertThat(CleanText.line("Sở\tNội\r\nvụ")).isEqualTo("Sở Nội vụ");
        assertThat(CleanText.block(" Dòng một \u00A0\r\n\r\n\r\n  dòng\u200B hai \n")).isEqualTo("Dòng một\n\ndòng hai");
    }

    @Test
    void invisibleOnlyTextIsRefusedWithItsOwnMessage() {
        String invisible = "\u200B\u00A0\u200C\uFEFF\u2060\u200D\u202F";
        assertThat(CleanText.hasVisibleText(invisible)).isFalse();
        assertThat(CleanText.isInvisibleOnly(invisible)).isTrue();
        assertThatThrownBy(() -> NAME.clean(invisible)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.text.invisibleOnly");
            assertThat(e.arguments()).containsExactly("unit.name");
        });
        assertThatThrownBy(() -> NAME.clean("   ")).hasMessage("error.text.required");
        assertThat(NAME.optional().clean(invisible)).as("an optional field left visibly empty").isNull();
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
        String emoji = "😀".repeat(200);
        assertThat(emoji.length()).isEqualTo(400);
        assertThat(CleanText.length(emoji)).isEqualTo(200);
        assertThat(NAME.clean(emoji)).isEqualTo(emoji);

        String tooLong = "𠀀".repeat(256); // a Hán character outside the BMP
        assertThatThrownBy(() -> NAME.clean(tooLong)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
            assertThat(e.arguments()).containsExactly("unit.name", 255, 256);
        });
        assertThat(NAME.clean("a".repeat(255))).hasSize(255);
    }

    @Test
    void emojiSequencesKeepTheirJoinersInside() {
        String family = "👨\u200D👩\u200D👧";
        assertThat(CleanText.line("\u200D" + family + "\u200D ")).isEqualTo(family);
    }

    @Test
    void featuresKeepTheirOwnWordingWhenTheyHaveOne() {
        TextRule rule = TextRule.line("unit.name", 255).messages("error.unit.nameRequired", "error.unit.nameTooLong");
        assertThatThrownBy(() -> rule.clean(null)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.arguments()).isEmpty());
        assertThatThrownBy(() -> rule.clean("x".repeat(256))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.arguments()).containsExactly(255));
        assertThatThrownBy(() -> rule.clean("\u200B")).hasMessage("error.text.invisibleOnly");
    }

    @Test
    void accentFoldingSeesThroughNfdAndInvisibleCharacters() {
        assertThat(VietnameseText.fold(NFD_NAME)).isEqualTo(VietnameseText.fold(NFC_NAME));
        assertThat(VietnameseText.fold("\u00A0Nội\u200B vụ ")).isEqualTo("noi vu");
    }
}
