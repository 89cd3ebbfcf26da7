package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.tabular.ImportResult;
import vn.egov.console.base.tabular.RowError;
import vn.egov.console.base.text.TextRule;

/** The catalogue's and the indicator set's free text goes through the shared text rules. */
@IntegrationTest
@Transactional
class PublicServiceTextInputTest {

    static final String HEADER = "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Mã đơn vị;Mức độ trực tuyến;"
            + "Thời hạn giải quyết\n";

    @Autowired
    PublicServiceService service;
    @Autowired
    JdbcTemplate jdbc;

    ImportResult catalogue(String rows) {
        return ADMIN.call(() -> service.importCatalogue(new ByteArrayInputStream((HEADER + rows)
                .getBytes(StandardCharsets.UTF_8)), "t.csv"));
    }

    @Test
    void catalogueNamesAreStoredComposedAndTrimmed() {
        String decomposed = Normalizer.normalize("Cấp phép thử nghiệm", Normalizer.Form.NFD);
        ImportResult r = catalogue("9.000101;\u00A0" + decomposed + "\u2003;Thử nghiệm;Cấp xã;;Một phần;5\n");
        assertThat(r.errors()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT name FROM ps_procedure WHERE code = '9.000101'", String.class))
                .isEqualTo("Cấp phép thử nghiệm");
    }

    @Test
    void invisibleOnlyEmptyAndTooLongCellsGetTheSharedMessagesAndNothingIsStored() {
        ImportResult r = catalogue("9.000102;\u200B\u00A0;Thử nghiệm;Cấp xã;;Một phần;5\n"
                + "9.000103;Tên;;Cấp xã;;Một phần;5\n"
                + "9.000104;" + "ằ".repeat(501) + ";Thử nghiệm;Cấp xã;;Một phần;5\n"
                + "9.000105;Đúng;Thử nghiệm;Cấp xã;;Một phần;5\n");
        assertThat(r.errors()).extracting(RowError::messageKey)
                .containsExactly(TextRule.INVISIBLE_ONLY, TextRule.REQUIRED, TextRule.TOO_LONG);
        assertThat(r.errors()).extracting(RowError::line).containsExactly(2, 3, 4);
        assertThat(r.errors().get(2).arguments()).containsExactly("ps.procedure.name", 500, 501);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_procedure WHERE code LIKE '9.0001%'", Long.class))
                .isZero();
    }

    @Test
    void indicatorNamesAndCodesAreCheckedAndCleaned() {
        List<IndicatorGroup> set = ADMIN.call(() -> service.indicatorSet(2026));
        List<IndicatorGroup> blankName = new ArrayList<>(set);
        IndicatorGroup g = set.getFirst();
        blankName.set(0, new IndicatorGroup(0, 2026, g.code(), "\u200B", g.nameEn(), g.maxPoints(), g.indicators()));
        assertThatThrownBy(() -> ADMIN.run(() -> service.saveIndicatorSet(2026, blankName)))
                .isInstanceOf(BusinessException.class).hasMessage(TextRule.INVISIBLE_ONLY);

        List<IndicatorGroup> padded = new ArrayList<>(set);
        padded.set(0, new IndicatorGroup(0, 2026, " " + g.code() + " ", "  Công khai  ", g.nameEn(), g.maxPoints(),
                g.indicators()));
        ADMIN.run(() -> service.saveIndicatorSet(2026, padded));
        IndicatorGroup stored = ADMIN.call(() -> service.indicatorSet(2026)).getFirst();
        assertThat(stored.code()).isEqualTo(g.code());
        assertThat(stored.nameVi()).isEqualTo("Công khai");
    }
}
