package vn.egov.console.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.egov.console.base.web.RequestMemo;
import vn.egov.console.security.internal.AppUser;
import vn.egov.console.security.internal.AppUserRepository;

/** The signed-in user, for services that check scope and record who did what. */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    /**
     * The caller, fresh from the database at each request; access denied when nobody is signed in, the account was disabled or the
     * sign-in still waits for its second factor.
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
        return RequestMemo.get(memoKey(name), () -> users.findByUsername(name)
                .filter(AppUser::isEnabled)
                .map(u -> new Actor(u.getId(), u.getUsername(), u.getRole(), u.getUnitId())));
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
