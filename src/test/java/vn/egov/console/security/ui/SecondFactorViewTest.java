package vn.egov.console.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.egov.console.BrowserlessTestBase;
import vn.egov.console.overview.ui.HomeView;
import vn.egov.console.security.NewUser;
import vn.egov.console.security.Role;
import vn.egov.console.security.SignInStage;
import vn.egov.console.security.UserAdminService;
import vn.egov.console.security.internal.Totp;

/** The second-factor page and the guard in front of every other view, driven as an administrator would. */
class SecondFactorViewTest extends BrowserlessTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    UserAdminService users;

    @Test
    @WithUserDetails("admin")
    void aSessionOwingTheSecondFactorReachesNoOtherView() {
        pending("admin");
        for (String route : List.of("", "users", "units", "audit/logins", "nonexistent")) {
            navigate(route, SecondFactorView.class);
        }
        navigate(UsersView.class.getAnnotation(com.vaadin.flow.router.Route.class).value(), SecondFactorView.class);
        // the demo admin is enrolled: a code is asked for, no new secret is shown
        assertThat(find(TextField.class).id("second-factor-code").getLabel()).isEqualTo("Mã từ ứng dụng hoặc mã khôi phục");
        assertThat(find(Span.class).withId("second-factor-secret").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aNewAdministratorSetsUpTheAppSeesTheRecoveryCodesOnceAndIsIn() {
        users.create(new NewUser("totp.browserless", "Quản trị Mới", null, Role.ADMIN, null, "Mat-khau-2026"));
        pending("totp.browserless");
        navigate(SecondFactorView.class);
        assertThat(find(Image.class).id("second-factor-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = find(Span.class).id("second-factor-secret").getText();
        assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(find(Span.class).id("second-factor-uri").getText())
                .contains("secret=" + secret.replace(" ", ""));

        test(find(TextField.class).id("second-factor-code")).setValue("000000".equals(code(secret)) ? "111111" : "000000");
        test(find(Button.class).id("second-factor-submit")).click();
        assertThat(find(TextField.class).id("second-factor-code").getErrorMessage()).startsWith("Mã không đúng");

        test(find(TextField.class).id("second-factor-code")).setValue(code(secret));
        test(find(Button.class).id("second-factor-submit")).click();
        assertThat(find(UnorderedList.class).id("recovery-codes").getChildren().count()).isEqualTo(10);
        assertThat(SignInStage.secondFactorPending(SecurityContextHolder.getContext().getAuthentication())).isFalse();
        navigate(HomeView.class);
    }

    @Test
    @WithUserDetails("admin")
    void anotherAdministratorsAuthenticatorCanBeResetButNotOnesOwn() {
        navigate(UsersView.class);
        // the demo admin (signed in) has an authenticator, yet no reset for themselves
        assertThat(find(Button.class).withId("reset-second-factor-admin").exists()).isFalse();
    }

    private static String code(String shownSecret) {
        return Totp.code(Totp.fromBase32(shownSecret), Totp.step(Instant.now()));
    }

    private static void pending(String username) {
        var principal = User.withUsername(username).password("").authorities(List.of()).build();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING))));
    }
}
