package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.organization.UnitService;

/** Flaw 6 of issue 14 for the users administration. */
@IntegrationTest
@Transactional
class UserTextInputTest {

    @Autowired
    UserAdminService users;
    @Autowired
    UnitService units;

    @Test
    void aFullNameOfInvisibleCharactersIsRefused() {
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            assertThatThrownBy(() -> users.create(new NewUser("text.test.a", "\u00A0\u200B\u2060", null,
                    Role.UNIT_OFFICER, snv, "Mat-khau-2026"))).hasMessage("error.text.invisibleOnly");
            assertThat(users.search("text.test.a", PageRequest.of(0, 5)).getContent()).isEmpty();
        });
    }

    @Test
    void anNfdNameIsFoundByItsNfcSpellingAndTheOtherWayRound() {
        ADMIN.run(() -> {
            long snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            users.create(new NewUser("text.test.b", Normalizer.normalize("Phạm Thị Hường", Normalizer.Form.NFD),
                    null, Role.UNIT_OFFICER, snv, "Mat-khau-2026"));
            assertThat(users.search("Thị Hường", PageRequest.of(0, 5)).getContent())
                    .extracting(UserSummary::fullName).contains("Phạm Thị Hường");
            assertThat(users.search(Normalizer.normalize("thị hường", Normalizer.Form.NFD), PageRequest.of(0, 5))
                    .getContent()).extracting(UserSummary::fullName).contains("Phạm Thị Hường");
        });
    }
}
