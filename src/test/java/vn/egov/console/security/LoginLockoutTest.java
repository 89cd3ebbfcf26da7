package vn.egov.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;

/**
 * Real form logins over HTTP: throttling with growing delays, lockout only after many checked failures, the owner
 * told, ADMIN unlocks, one answer for every kind of failure, and every event in the login audit. (All test logins
 * come from 127.0.0.1, so the per-address throttle is relaxed in application-test.yml; LoginThrottleTest covers it.)
 */
@IntegrationTest
class LoginLockoutTest {

    private static final String FAILED = "/login?error";

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${app.security.max-failed-logins}")
    int maxFailures;

    @Test
    void afterThreeFailuresTheNextAttemptWaitsEvenWithTheRightPassword() throws Exception {
        String username = create("throttle.test");
        for (int i = 0; i < 3; i++) assertThat(login(username, "sai-matkhau-" + i)).endsWith(FAILED);
        assertThat(login(username, "dung-matkhau-2026")).as("too soon: refused unchecked").endsWith(FAILED);
        assertThat(events(username)).contains(LoginEvent.THROTTLED);

        Thread.sleep(1_100);
        assertThat(login(username, "dung-matkhau-2026")).as("the delay has passed").doesNotContain("error");
    }

    @Test
    void aBurstOfWrongPasswordsIsThrottledAndDoesNotLockTheAccount() throws Exception {
        String username = create("burst.test");
        for (int i = 0; i < 3 * maxFailures; i++) assertThat(login(username, "sai-matkhau-" + i)).endsWith(FAILED);

        List<LoginEvent> events = events(username);
        assertThat(events.stream().filter(e -> e == LoginEvent.THROTTLED).count()).isGreaterThan(maxFailures);
        assertThat(events).doesNotContain(LoginEvent.LOCKED_OUT);
        assertThat(lockedUntil(username)).as("not locked").isNull();

        // the owner gets in as soon as the (short) delay has passed
        boolean signedIn = false;
        for (int i = 0; i < 70 && !signedIn; i++) {
            signedIn = !login(username, "dung-matkhau-2026").contains("error");
            if (!signedIn) Thread.sleep(1_000);
        }
        assertThat(signedIn).isTrue();
    }

    @Test
    void manyCheckedFailuresLockTheAccountTellTheOwnerAndAdminUnlocks() throws Exception {
        String username = create("lockout.test");
        // earlier failures, let through by the throttle over time
        jdbc.update("UPDATE app_user SET failed_attempts = ? WHERE username = ?", maxFailures - 1, username);
        assertThat(login(username, "sai-matkhau")).endsWith(FAILED);
        assertThat(lockedUntil(username)).as("locked now").isNotNull();
        assertThat(login(username, "dung-matkhau-2026")).as("locked, even with the right password").endsWith(FAILED);
        assertThat(events(username)).contains(LoginEvent.LOCKED_OUT, LoginEvent.REJECTED_LOCKED);

        long id = id(username);
        assertThat(jdbc.queryForList("SELECT title FROM notification WHERE user_id = ?", String.class, id))
                .containsExactly("Tài khoản của bạn đã bị tạm khóa do đăng nhập sai nhiều lần");
        assertThat(jdbc.queryForList("SELECT body FROM email_outbox WHERE recipient = ?", String.class,
                username + "@vinhphuc.gov.vn")).singleElement().asString()
                .contains("Tài khoản " + username + " đã bị tạm khóa sau " + maxFailures + " lần đăng nhập sai")
                .contains("127.0.0.1");

        DemoUsers.ADMIN.run(() -> users.unlock(id));
        assertThat(events(username).getFirst()).isEqualTo(LoginEvent.UNLOCKED);
        assertThat(login(username, "dung-matkhau-2026")).doesNotContain("error");
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
        String locked = create("same.answer");
        jdbc.update("UPDATE app_user SET locked_until = TIMESTAMPADD(HOUR, 1, UTC_TIMESTAMP(6)) WHERE username = ?",
                locked);
        assertThat(List.of(login("khong.ton.tai", "gi-cung-duoc-1"), login(locked, "sai-matkhau"),
                login(locked, "dung-matkhau-2026"))).containsOnly("http://localhost:" + port + FAILED);
        var audit = DemoUsers.ADMIN.call(() -> users.loginAudit("khong.ton.tai", null, PageRequest.of(0, 5)).getContent());
        assertThat(audit).singleElement().extracting(LoginAuditRow::event).isEqualTo(LoginEvent.FAILURE);
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        var user = DemoUsers.ADMIN.call(() -> users.create(new NewUser("disabled.test", "Người Nghỉ Việc", null,
                Role.LEADER, null, "matkhau-dung-2026")));
        DemoUsers.ADMIN.run(() -> users.setEnabled(user.id(), false));
        assertThat(login("disabled.test", "matkhau-dung-2026")).endsWith(FAILED);
        assertThat(events("disabled.test")).containsExactly(LoginEvent.REJECTED_DISABLED);
    }

    private String create(String username) {
        return DemoUsers.ADMIN.call(() -> users.create(new NewUser(username, "Người Thử Đăng Nhập",
                username + "@vinhphuc.gov.vn", Role.LEADER, null, "dung-matkhau-2026")).username());
    }

    private long id(String username) {
        return DemoUsers.ADMIN.call(() -> users.search(username, PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    private java.sql.Timestamp lockedUntil(String username) {
        return jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?", java.sql.Timestamp.class,
                username);
    }

    /** Newest first. */
    private List<LoginEvent> events(String username) {
        return DemoUsers.ADMIN.call(() -> users.loginAudit(username, null,
                PageRequest.of(0, 200, org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "at", "id"))).getContent())
                .stream().map(LoginAuditRow::event).toList();
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
