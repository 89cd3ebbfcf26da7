package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;
import static vn.egov.console.DemoUsers.HEAD_SNV;
import static vn.egov.console.DemoUsers.HEAD_VINH_YEN;
import static vn.egov.console.DemoUsers.LEADER;
import static vn.egov.console.DemoUsers.OFFICER_SNV;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;

/**
 * Every role against every foundation service method, including ids of units outside the caller's scope. "Allowed"
 * means the call got past authorization (it may still fail a business rule, which is fine here); "denied" means an
 * access-denied error. Feature services add their own matrix tests.
 */
@IntegrationTest
@Transactional
class AuthorizationMatrixTest {

    @Autowired
    UnitService units;
    @Autowired
    UserAdminService users;
    @Autowired
    NotificationService notifications;

    static long snv;
    static long stp;
    static long vinhYen;
    static long ngoQuyen;
    static long trungTrac;

    @BeforeEach
    void ids() {
        ADMIN.run(() -> {
            snv = id(DemoUsers.SNV_CODE);
            stp = id(DemoUsers.STP_CODE);
            vinhYen = id(DemoUsers.VINH_YEN_CODE);
            ngoQuyen = id(DemoUsers.NGO_QUYEN_CODE);
            trungTrac = id(DemoUsers.TRUNG_TRAC_CODE);
        });
    }

    private long id(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private static final Set<DemoUsers> EVERYONE = EnumSet.allOf(DemoUsers.class);
    private static final Set<DemoUsers> ADMIN_ONLY = EnumSet.of(ADMIN);
    private static final Set<DemoUsers> PROVINCE_READERS = EnumSet.of(ADMIN, LEADER);

    record Case(String name, Set<DemoUsers> allowed, Consumer<AuthorizationMatrixTest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        List<Case> cases = List.of(
                new Case("units.listVisible", EVERYONE, t -> t.units.listVisible()),
                new Case("units.countByTierAndKind", EVERYONE, t -> t.units.countByTierAndKind()),
                new Case("units.listWritable", EVERYONE, t -> t.units.listWritable()),
                new Case("units.get(own Sở Nội vụ)", EnumSet.of(ADMIN, LEADER, HEAD_SNV, OFFICER_SNV),
                        t -> t.units.get(snv)),
                new Case("units.get(other department)", PROVINCE_READERS, t -> t.units.get(stp)),
                new Case("units.get(ward of Vĩnh Yên)", EnumSet.of(ADMIN, LEADER, HEAD_VINH_YEN),
                        t -> t.units.get(ngoQuyen)),
                new Case("units.get(ward of Phúc Yên)", PROVINCE_READERS, t -> t.units.get(trungTrac)),
                new Case("units.history(other department)", PROVINCE_READERS, t -> t.units.history(stp)),
                new Case("units.create", ADMIN_ONLY, t -> t.units.create(new UnitDraft("", "", Tier.COMMUNE,
                        UnitKind.COMMUNE_COMMITTEE, vinhYen, 0, false))),
                new Case("units.update", ADMIN_ONLY, t -> t.units.update(ngoQuyen, -1, null)),
                new Case("units.merge", ADMIN_ONLY, t -> t.units.merge(ngoQuyen, ngoQuyen, "x")),
                new Case("units.dissolve", ADMIN_ONLY, t -> t.units.dissolve(ngoQuyen, "")),
                new Case("users.search", ADMIN_ONLY, t -> t.users.search(null, PageRequest.of(0, 10))),
                new Case("users.get", ADMIN_ONLY, t -> t.users.get(1)),
                new Case("users.countEnabled", ADMIN_ONLY, t -> t.users.countEnabled()),
                new Case("users.create", ADMIN_ONLY, t -> t.users.create(new NewUser("", "", null, null, null, ""))),
                new Case("users.update", ADMIN_ONLY, t -> t.users.update(1, -1, new UserChanges("", null, null, null))),
                new Case("users.setEnabled", ADMIN_ONLY, t -> t.users.setEnabled(-1, true)),
                new Case("users.resetPassword", ADMIN_ONLY, t -> t.users.resetPassword(-1, "")),
                new Case("users.loginAudit", ADMIN_ONLY, t -> t.users.loginAudit(null, null, PageRequest.of(0, 10))),
                new Case("users.me", EVERYONE, t -> t.users.me()),
                new Case("users.changeMyLanguage", EVERYONE, t -> t.users.changeMyLanguage("en")),
                new Case("notifications.unreadCount", EVERYONE, t -> t.notifications.unreadCount()),
                new Case("notifications.recent", EVERYONE, t -> t.notifications.recent(5)),
                new Case("notifications.markAllRead", EVERYONE, t -> t.notifications.markAllRead()));
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) for (DemoUsers user : DemoUsers.values()) arguments.add(Arguments.of(c, user));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void roleAndScopeAreEnforcedInTheService(Case operation, DemoUsers user) {
        boolean denied = user.call(() -> {
            try {
                operation.call().accept(this);
                return false;
            } catch (AccessDeniedException e) { // includes AuthorizationDeniedException from @PreAuthorize
                return true;
            } catch (BusinessException | IllegalArgumentException | NullPointerException e) {
                return false; // got past authorization, then failed on the deliberately invalid input
            }
        });
        assertThat(denied).as("%s as %s should be %s", operation, user,
                operation.allowed().contains(user) ? "allowed" : "denied")
                .isEqualTo(!operation.allowed().contains(user));
    }

    @ParameterizedTest(name = "unit list of {0}")
    @MethodSource("scopedUsers")
    void unitUsersListOnlyTheirSubtree(DemoUsers user, int expected) {
        assertThat(user.call(units::listVisible)).hasSize(expected);
    }

    @ParameterizedTest(name = "units {0} may record things for")
    @MethodSource("scopedUsers")
    void unitUsersRecordForTheirSubtreeAndLeadershipForNone(DemoUsers user, int expected) {
        assertThat(user.call(units::listWritable)).hasSize(expected);
        assertThat(LEADER.call(units::listWritable)).as("leadership accounts are read-only").isEmpty();
        assertThat(ADMIN.call(units::listWritable)).hasSameSizeAs(ADMIN.call(units::listActive));
    }

    static Stream<Arguments> scopedUsers() {
        return Stream.of(Arguments.of(HEAD_SNV, 1), Arguments.of(OFFICER_SNV, 1), Arguments.of(HEAD_VINH_YEN, 10));
    }

    @ParameterizedTest(name = "findByCode outside scope as {0}")
    @MethodSource("unitRoles")
    void unitUsersCannotLookUpOtherUnitsByCode(DemoUsers user) {
        assertThat(user.call(() -> units.findByCode(DemoUsers.STP_CODE))).isEmpty();
    }

    static Stream<DemoUsers> unitRoles() {
        return Stream.of(HEAD_SNV, OFFICER_SNV, HEAD_VINH_YEN);
    }
}
