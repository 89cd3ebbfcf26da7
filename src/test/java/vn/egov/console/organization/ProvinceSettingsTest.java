package vn.egov.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.docflow.DocflowReportService;
import vn.egov.console.docflow.Period;
import vn.egov.console.mailbox.MailboxService;

/**
 * The province and its running department are data: the configured values until an administrator changes them,
 * then what the administrator saved, in the reports and the mail-address rules alike. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ProvinceSettingsTest {

    @Autowired
    ProvinceSettingsService settings;
    @Autowired
    DocflowReportService reports;
    @Autowired
    MailboxService mailboxes;

    private static ProvinceSettings phuTho(long version) {
        return new ProvinceSettings(" Phú Thọ ", "25", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
                List.of("PhuTho.gov.vn", "@vinhphuc.gov.vn", "phutho.gov.vn"), version);
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void everyoneReadsTheConfiguredProvinceUntilAnAdministratorSavesIt(DemoUsers user) {
        ProvinceSettings current = user.call(settings::current);
        assertThat(current.provinceName()).isEqualTo("Vĩnh Phúc");
        assertThat(current.departmentNameVi()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(current.mailDomains()).containsExactly("vinhphuc.gov.vn");
        assertThat(current.version()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = DemoUsers.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdministratorChangesThem(DemoUsers user) {
        assertThatThrownBy(() -> user.run(() -> settings.update(phuTho(0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.current().provinceName()).isEqualTo("Vĩnh Phúc");
    }

    @Test
    void savedSettingsReachTheReportAndTheMailRules() {
        ProvinceSettings saved = ADMIN.call(() -> settings.update(phuTho(0)));

        assertThat(saved.provinceName()).isEqualTo("Phú Thọ");
        assertThat(saved.mailDomains()).as("normalised, first one primary, no repeats")
                .containsExactly("phutho.gov.vn", "vinhphuc.gov.vn");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(ADMIN.call(() -> reports.build(Period.year(2019), Formats.VIETNAMESE)).issuer())
                .isEqualTo("Sở Khoa học và Công nghệ tỉnh Phú Thọ");
        assertThat(ADMIN.call(() -> reports.build(Period.year(2019), java.util.Locale.ENGLISH)).issuer())
                .isEqualTo("Department of Science and Technology, Phú Thọ province");
        assertThat(ADMIN.call(mailboxes::domains)).containsExactly("phutho.gov.vn", "vinhphuc.gov.vn");
    }

    @Test
    void aStaleEditIsRefusedAndKeepsTheNewerVersion() {
        ADMIN.call(() -> settings.update(phuTho(0)));
        var stale = new ProvinceSettings("Hà Nội", "01", "Sở KH&CN", "DoST", List.of("hanoi.gov.vn"), 0);

        assertThatThrownBy(() -> ADMIN.call(() -> settings.update(stale)))
                .isInstanceOf(BusinessException.class).hasMessage("error.province.changedMeanwhile");
        assertThat(settings.current().provinceName()).isEqualTo("Phú Thọ");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingIsStored() {
        var badDomain = new ProvinceSettings("Phú Thọ", "25", "Sở KH&CN", "DoST", List.of("phutho gov vn"), 0);
        assertThatThrownBy(() -> ADMIN.call(() -> settings.update(badDomain)))
                .isInstanceOf(BusinessException.class).hasMessage("error.province.badDomain");
        var noName = new ProvinceSettings("  ", "25", "Sở KH&CN", "DoST", List.of("phutho.gov.vn"), 0);
        assertThatThrownBy(() -> ADMIN.call(() -> settings.update(noName)))
                .isInstanceOf(BusinessException.class).hasMessage("error.province.name.required");
        var noDomain = new ProvinceSettings("Phú Thọ", "25", "Sở KH&CN", "DoST", List.of(" "), 0);
        assertThatThrownBy(() -> ADMIN.call(() -> settings.update(noDomain)))
                .isInstanceOf(BusinessException.class).hasMessage("error.province.noDomain");

        assertThat(settings.current().version()).isZero();
    }
}
