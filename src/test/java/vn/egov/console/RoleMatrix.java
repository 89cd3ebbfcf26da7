package vn.egov.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * A feature's authorization matrix: every service method called as every demo user, against the users who may call
 * it. A call counts as allowed when authorization lets it through, even if a business rule then refuses it (the
 * matrix uses placeholder arguments); only {@link AccessDeniedException} counts as denied. All mismatches are
 * reported at once.
 */
public final class RoleMatrix {

    private final Map<String, Expectation> rows = new LinkedHashMap<>();

    public RoleMatrix put(String name, Set<DemoUsers> allowed, Runnable call) {
        rows.put(name, new Expectation(allowed, call));
        return this;
    }

    public void assertEveryRole() {
        List<String> wrong = new ArrayList<>();
        rows.forEach((name, expectation) -> {
            for (DemoUsers user : DemoUsers.values()) {
                boolean allowed = allowed(user, expectation.call());
                if (allowed != expectation.allowed().contains(user)) {
                    wrong.add(name + " as " + user + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static boolean allowed(DemoUsers user, Runnable call) {
        try {
            user.run(call);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (RuntimeException e) {
            return true; // a business rule refused it after authorization let it through
        }
    }

    private record Expectation(Set<DemoUsers> allowed, Runnable call) {
    }
}
