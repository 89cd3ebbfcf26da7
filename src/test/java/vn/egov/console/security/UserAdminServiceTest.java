package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.organization.UnitService;

@IntegrationTest
@Transactional
class UserAdminServiceTest {

    @Autowired
    UserAdminService users;
    @Autowired
    UnitService units;
    @Autowired
    PasswordEncoder encoder;

    long snv() {
        return units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
    }

    @Test
    void createsAUserWithABcryptHashAndNormalisedNames() {
        ADMIN.run(() -> {
            var created = users.create(new NewUser("  Nguyen.Van.B ", " Nguyễn  Văn B ", "B@SNV.vinhphuc.gov.vn",
                    Role.UNIT_OFFICER, snv(), "Mat-khau-2026"));
            assertThat(created.username()).isEqualTo("nguyen.van.b");
            assertThat(created.fullName()).isEqualTo("Nguyễn Văn B");
            assertThat(created.email()).isEqualTo("b@snv.vinhphuc.gov.vn");
            assertThat(users.search("nguyễn văn b", PageRequest.of(0, 5)).getContent()).hasSize(1);
        });
        assertThat(encoder).extracting(Object::toString).asString().contains("BCrypt");
    }

    @Test
    void rejectsTakenUsernamesWeakPasswordsAndMissingUnitsWithSpecificMessages() {
        ADMIN.run(() -> {
            long unit = snv();
            assertRejected(new NewUser("admin", "Trùng", null, Role.LEADER, null, "Mat-khau-2026"),
                    "error.user.usernameTaken");
            assertRejected(new NewUser("Có Dấu", "Tên", null, Role.LEADER, null, "Mat-khau-2026"),
                    "error.user.usernameFormat");
            assertRejected(new NewUser("ok.user", "Tên", null, Role.LEADER, null, "ngan1"), "error.password.tooShort");
            assertRejected(new NewUser("ok.user", "Tên", null, Role.LEADER, null, "chicochuthoi"),
                    "error.password.lettersAndDigits");
            assertRejected(new NewUser("ok.user", "Tên", null, Role.LEADER, null, "ok.user-2026x"),
                    "error.password.containsUsername");
            assertRejected(new NewUser("ok.user", "Tên", null, Role.LEADER, null, "password123"),
                    "error.password.common");
            assertRejected(new NewUser("ok.user", "Tên", null, Role.UNIT_HEAD, null, "Mat-khau-2026"),
                    "error.user.unitRequired");
            assertRejected(new NewUser("ok.user", " ", null, Role.LEADER, null, "Mat-khau-2026"),
                    "error.user.fullNameRequired");
            assertRejected(new NewUser("ok.user", "Tên", "khong-phai-email", Role.UNIT_HEAD, unit, "Mat-khau-2026"),
                    "error.user.emailFormat");
            assertThat(users.search("ok.user", PageRequest.of(0, 5)).getContent()).as("nothing saved").isEmpty();
        });
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        ADMIN.run(() -> {
            var me = users.me();
            assertThatThrownBy(() -> users.setEnabled(me.id(), false)).isInstanceOf(BusinessException.class)
                    .hasMessage("error.user.cannotDisableSelf");
            assertThatThrownBy(() -> users.update(me.id(), me.version(),
                    new UserChanges(me.fullName(), null, Role.LEADER, me.unitId())))
                    .isInstanceOf(BusinessException.class).hasMessage("error.user.cannotDemoteSelf");
        });
    }

    @Test
    void roleAndUnitChangesApplyToTheUsersNextCall() {
        ADMIN.run(() -> {
            var head = users.search("giamdoc.snv", PageRequest.of(0, 1)).getContent().getFirst();
            long vinhYen = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            users.update(head.id(), head.version(), new UserChanges(head.fullName(), null, Role.UNIT_HEAD, vinhYen));
        });
        assertThat(DemoUsers.HEAD_SNV.call(units::listVisible)).as("now scoped to Vĩnh Yên").hasSize(10);
    }

    private void assertRejected(NewUser request, String key) {
        assertThatThrownBy(() -> users.create(request)).isInstanceOf(BusinessException.class).hasMessage(key);
    }
}
