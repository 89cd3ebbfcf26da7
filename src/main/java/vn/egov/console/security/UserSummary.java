package vn.egov.console.security;

import java.time.Instant;

public record UserSummary(long id, String username, String fullName, String email, Role role, Long unitId,
                          boolean enabled,
                          Instant lockedUntil, String language, long version) {
}
