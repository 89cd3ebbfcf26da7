package vn.egov.console.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.apitoken.internal.TokenStore;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.base.text.TextLimits;
import vn.egov.console.base.text.TextRule;
import vn.egov.console.organization.UnitMergedEvent;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * API tokens of every feature that lets other systems push figures. A token belongs to one unit and one
 * {@link ApiScope}: it may push for that unit and the units under it, through that feature's API only. Secrets are
 * 256 random bits, so a plain SHA-256 is enough to store them (no slow hash is needed against guessing), and it lets
 * a push find its token with one indexed lookup.
 */
@Service
@Transactional
public class ApiTokenService {

    static final TextRule LABEL = TextRule.line("docflow.token.label", TextLimits.LABEL);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore tokens;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail trail;

    ApiTokenService(TokenStore tokens, UnitService units, CurrentUser currentUser, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.tokens = tokens;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.all();
    }

    /** Units a token may be issued to (every active unit: only ADMIN issues tokens). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UnitSummary> issuableUnits() {
        return units.listActive();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken create(ApiScope scope, long unitId, String label) {
        if (scope == null) throw new BusinessException("error.apiToken.scopeRequired");
        UnitSummary unit = units.get(unitId);
        if (!unit.isActive()) throw new BusinessException("error.unit.notActive", unit.name());
        String name = LABEL.clean(label);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = scope.prefix() + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(scope, unitId, name, hash(secret), secret.substring(0, 10), currentUser.username(),
                clock.instant());
        trail.record(AuditEntry.of("apitoken", "apiToken", id, name, AuditAction.CREATED) // never the secret
                .changed("scope", null, scope).changed("unitId", null, unitId)
                .changed("prefix", null, secret.substring(0, 10)));
        return new CreatedToken(tokens.find(id).orElseThrow(), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
        tokens.revoke(tokenId, currentUser.username(), clock.instant());
        trail.record(AuditEntry.of("apitoken", "apiToken", tokenId, token.label(), AuditAction.REVOKED_TOKEN)
                .changed("active", token.active(), false));
    }

    /**
     * The caller's credential, checked for a push to {@code scope}'s API: missing, unknown and revoked tokens are
     * 401; a valid token of another feature is 403. Not behind {@code @PreAuthorize}: the token is the credential.
     */
    @Transactional(readOnly = true)
    public ApiToken authenticate(String secret, ApiScope scope) {
        if (secret == null || secret.isBlank()) {
            throw new ApiException(401, "noToken", null, null, "error.docflow.api.noToken");
        }
        ApiToken token = tokens.findByHash(hash(secret.strip()))
                .orElseThrow(() -> new ApiException(401, "badToken", null, null, "error.docflow.api.badToken"));
        if (!token.active()) throw new ApiException(401, "revokedToken", null, null, "error.docflow.api.revokedToken");
        if (token.scope() != scope) {
            throw new ApiException(403, "wrongScope", null, null, "error.apiToken.wrongScope",
                    token.scope().name(), scope.name());
        }
        return token;
    }

    /** The token's unit and every active unit under it: the units it may push for. */
    @Transactional(readOnly = true)
    public List<UnitSummary> unitsOf(ApiToken token) {
        List<UnitSummary> result = new ArrayList<>();
        CurrentUser.runAsSystem(() -> {
            List<UnitSummary> all = units.listActive();
            Set<Long> ids = new HashSet<>(Set.of(token.unitId()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (UnitSummary u : all) {
                    if (u.parentId() != null && ids.contains(u.parentId()) && ids.add(u.id())) grew = true;
                }
            }
            all.stream().filter(u -> ids.contains(u.id())).forEach(result::add);
        });
        return result;
    }

    /** Records a successful push, so administrators see which tokens are still in use. */
    public void touch(ApiToken token) {
        tokens.touch(token.id(), clock.instant());
    }

    /** A merged unit no longer pushes: its tokens of every feature stop working. */
    @EventListener
    void onUnitMerged(UnitMergedEvent event) {
        tokens.revokeAllOf(event.unitId(), "system", clock.instant());
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
