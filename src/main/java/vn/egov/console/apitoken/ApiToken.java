package vn.egov.console.apitoken;

import java.time.Instant;

/** A push token as administrators see it: never the secret itself, only its first characters. */
public record ApiToken(long id, ApiScope scope, long unitId, String unitCode, String unitName, String label,
                       String prefix, Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
