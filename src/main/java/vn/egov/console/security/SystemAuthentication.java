package vn.egov.console.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The console acting on its own behalf; see {@link CurrentUser#runAsSystem(Runnable)}. */
final class SystemAuthentication extends AbstractAuthenticationToken {

    static final Actor ACTOR = new Actor(0, "system", Role.ADMIN, null);

    SystemAuthentication() {
        super(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "system";
    }

    @Override
    public String getName() {
        return "system";
    }
}
