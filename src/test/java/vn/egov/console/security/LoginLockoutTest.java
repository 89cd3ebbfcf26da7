package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/** Real form logins over HTTP: success, failure, lockout after 5 failures, disabled accounts, and their audit rows. */
@IntegrationTest
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = DemoUsers.ADMIN.call(() -> users.create(new NewUser("lockout.test", "Người Bị Khóa", null,
                Role.LEADER, null, "dung-matkhau-2026")).username());
        for (int i = 0; i < 4; i++) assertThat(login(username, "sai-matkhau-" + i)).endsWith("/login?error");
        assertThat(login(username, "dung-matkhau-2026")).as("4 failures do not lock yet").doesNotContain("error");

        for (int i = 0; i < 5; i++) login(username, "sai-matkhau-" + i);
        assertThat(login(username, "dung-matkhau-2026")).as("locked now, even with the right password")
                .endsWith("/login?error");

        var audit = DemoUsers.ADMIN.call(() -> users.loginAudit(username, null, PageRequest.of(0, 50)).getContent());
        assertThat(audit).extracting(LoginAuditRow::event)
                .contains(LoginEvent.SUCCESS, LoginEvent.FAILURE, LoginEvent.LOCKED_OUT, LoginEvent.REJECTED_LOCKED);
        assertThat(audit.stream().filter(r -> r.event() == LoginEvent.LOCKED_OUT)).hasSize(1);

        // the help desk resets the password, which lifts the lockout
        long id = DemoUsers.ADMIN.call(() -> users.search(username, PageRequest.of(0, 1)).getContent().getFirst().id());
        DemoUsers.ADMIN.run(() -> users.resetPassword(id, "matkhau-moi-2027"));
        assertThat(login(username, "matkhau-moi-2027")).doesNotContain("error");
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        var user = DemoUsers.ADMIN.call(() -> users.create(new NewUser("disabled.test", "Người Nghỉ Việc", null,
                Role.LEADER, null, "matkhau-dung-2026")));
        DemoUsers.ADMIN.run(() -> users.setEnabled(user.id(), false));
        assertThat(login("disabled.test", "matkhau-dung-2026")).endsWith("/login?error");
        var audit = DemoUsers.ADMIN.call(() -> users.loginAudit("disabled.test", null, PageRequest.of(0, 5)).getContent());
        assertThat(audit).extracting(LoginAuditRow::event).containsExactly(LoginEvent.REJECTED_DISABLED);
    }

    @Test
    void unknownUserIsAuditedToo() throws Exception {
        assertThat(login("khong.ton.tai", "gi-cung-duoc-1")).endsWith("/login?error");
        var audit = DemoUsers.ADMIN.call(() -> users.loginAudit("khong.ton.tai", null, PageRequest.of(0, 5)).getContent());
        assertThat(audit).singleElement().extracting(LoginAuditRow::event).isEqualTo(LoginEvent.FAILURE);
    }

    /** Posts the login form as the browser does; returns where the server redirects to. */
    private String login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }
}
