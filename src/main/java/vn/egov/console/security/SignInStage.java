package vn.egov.console.security;

import org.springframework.security.core.Authentication;

/**
 * A session that has passed the password but not yet the second factor carries only {@link #SECOND_FACTOR_PENDING}:
 * no role, so every {@code hasRole} check, every {@code @RolesAllowed} view and {@link CurrentUser} refuse it, and
 * the navigation guard sends it to the second-factor page.
 */
public final class SignInStage {

    public static final String SECOND_FACTOR_PENDING = "SIGN_IN_SECOND_FACTOR_PENDING";

    private SignInStage() {
    }

    public static boolean secondFactorPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> SECOND_FACTOR_PENDING.equals(a.getAuthority()));
    }
}
