package vn.egov.console.security;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.egov.console.base.web.RequestMemo;

/** The signed-in user, for services that check scope and record who did what. */
@Component
public class CurrentUser {

    private final JdbcTemplate jdbc;

    CurrentUser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The caller, fresh from the database at each request; access denied when nobody is signed in, the account was
     * disabled or the sign-in still waits for its second factor.
     */
    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return Optional.empty();
        if (auth instanceof SystemAuthentication) return Optional.of(SystemAuthentication.ACTOR);
        if (SignInStage.secondFactorPending(auth)) return Optional.empty();
        String name = auth.getName();
        return RequestMemo.get(memoKey(name), () -> read(name));
    }

    /** Four columns in plain SQL: every request asks this once, and an entity read cost several times as much. */
    private Optional<Actor> read(String username) {
        return jdbc.query("SELECT id, username, role, unit_id FROM app_user WHERE username = ? AND enabled",
                (rs, i) -> new Actor(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class)), username).stream().findFirst();
    }

    /** After a change to this account: the rest of the request sees it as the database now has it. */
    public static void forget(String username) {
        RequestMemo.forget(memoKey(username));
    }

    private static String memoKey(String username) {
        return "actor:" + username;
    }

    /**
     * Runs work that no person started (start-up seeding, scheduled jobs) as the console itself, with ADMIN rights,
     * so it passes the same service checks as everyone else and is recorded as "system".
     */
    public static void runAsSystem(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Name recorded in histories and audit trails. */
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
