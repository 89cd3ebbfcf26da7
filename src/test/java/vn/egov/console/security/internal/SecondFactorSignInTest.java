package vn.egov.console.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.security.SignInStage;

/** The password step: an ADMIN's right password opens only the second-factor step; other roles are signed in. */
@IntegrationTest
class SecondFactorSignInTest {

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Test
    void anAdministratorsPasswordGivesNoRoleUntilTheSecondFactor() {
        var result = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(DemoUsers.ADMIN.username, DemoUsers.PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(SignInStage.SECOND_FACTOR_PENDING);
        assertThat(result.getName()).isEqualTo(DemoUsers.ADMIN.username);
    }

    @Test
    void everyOtherRoleSignsInWithThePasswordAlone() {
        for (DemoUsers user : new DemoUsers[]{DemoUsers.LEADER, DemoUsers.HEAD_SNV, DemoUsers.OFFICER_SNV,
                DemoUsers.HEAD_VINH_YEN}) {
            var result = provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(user.username, DemoUsers.PASSWORD));
            assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .contains(user.role.authority()).doesNotContain(SignInStage.SECOND_FACTOR_PENDING);
        }
    }
}
