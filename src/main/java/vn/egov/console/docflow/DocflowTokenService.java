package vn.egov.console.docflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;
import vn.egov.console.docflow.internal.MonthlyStore;
import vn.egov.console.docflow.internal.TokenStore;
import vn.egov.console.organization.UnitMergedEvent;
import vn.egov.console.organization.UnitService;
import vn.egov.console.organization.UnitSummary;
import vn.egov.console.security.CurrentUser;

/**
 * Push tokens for the units' document-management systems, and the push itself. A token belongs to one unit and may
 * push for that unit and the units under it. Secrets are 256 random bits, so a plain SHA-256 is enough to store them
 * (no slow hash is needed against guessing), and it lets a push find its token with one indexed lookup.
 */
@Service
@Transactional
public class DocflowTokenService {

    static final String PREFIX = "dfx_";
    static final int MAX_MONTHS_PER_PUSH = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore tokens;
    private final MonthlyStore monthly;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail trail;

    DocflowTokenService(TokenStore tokens, MonthlyStore monthly, UnitService units, CurrentUser currentUser,
                        Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.tokens = tokens;
        this.monthly = monthly;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedToken create(long unitId, String label) {
        UnitSummary unit = units.get(unitId);
        if (!unit.isActive()) throw new BusinessException("error.unit.notActive", unit.name());
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) throw new BusinessException("error.docflow.token.labelRequired");
        if (name.length() > 120) throw new BusinessException("error.docflow.textTooLong", "docflow.token.label", 120);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(unitId, name, hash(secret), secret.substring(0, 10), currentUser.username(),
                clock.instant());
        trail.record(AuditEntry.of("docflow", "apiToken", id, name, AuditAction.CREATED) // never the secret
                .changed("unitId", null, unitId).changed("prefix", null, secret.substring(0, 10)));
        return new CreatedToken(tokens.find(id).orElseThrow(), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long tokenId) {
        ApiToken token = tokens.find(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
        tokens.revoke(tokenId, currentUser.username(), clock.instant());
        trail.record(AuditEntry.of("docflow", "apiToken", tokenId, token.label(), AuditAction.REVOKED_TOKEN)
                .changed("active", token.active(), false));
    }

    /**
     * Stores pushed months for the token's unit(s): all of them or, on the first problem, none. Re-pushing a month
     * replaces it. The body is read only after the token passed. Not behind {@code @PreAuthorize}: the token is the caller's credential, checked here.
     *
     * @return how many months were stored
     */
    public int push(String secret, java.util.function.Supplier<List<PushedMonth>> body) {
        ApiToken token = authenticate(secret);
        List<PushedMonth> months = body.get();
        if (months.isEmpty()) throw new ApiException(400, "empty", null, null, "error.docflow.api.empty");
        if (months.size() > MAX_MONTHS_PER_PUSH) {
            throw new ApiException(400, "tooMany", null, null, "error.docflow.api.tooMany", MAX_MONTHS_PER_PUSH);
        }
        Map<String, UnitSummary> allowed = new HashMap<>();
        CurrentUser.runAsSystem(() -> tokenScope(token.unitId()).forEach(u -> allowed.put(u.code().toUpperCase(), u)));
        YearMonth current = YearMonth.now(clock);
        List<MonthlyStore.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < months.size(); i++) {
            PushedMonth m = months.get(i);
            String code = m.unitCode() == null ? token.unitCode() : m.unitCode().strip();
            UnitSummary unit = allowed.get(code.toUpperCase());
            if (unit == null) {
                throw new ApiException(403, "unitOutOfScope", i, "unitCode", "error.docflow.api.unitOutOfScope",
                        code, token.unitCode());
            }
            var violations = m.figures().violations(current);
            if (!violations.isEmpty()) {
                var v = violations.getFirst();
                throw new ApiException(400, "invalid", i, v.field(), v.messageKey(), v.arguments());
            }
            if (!seen.add(MonthlyStore.key(unit.id(), m.figures().month()))) {
                throw new ApiException(400, "duplicate", i, "month", "error.docflow.api.duplicate", code,
                        m.figures().month().toString());
            }
            entries.add(new MonthlyStore.Entry(unit.id(), m.figures(), FigureSource.API));
        }
        monthly.upsert(entries, "api:" + token.prefix(), clock.instant());
        tokens.touch(token.id(), clock.instant());
        trail.recordAs("api:" + token.prefix(), AuditEntry.of("docflow", "figuresPush", token.id(), token.label(),
                AuditAction.IMPORTED).changed("months", null, entries.size()).changed("unitCode", null, token.unitCode()));
        return entries.size();
    }

    private ApiToken authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ApiException(401, "noToken", null, null, "error.docflow.api.noToken");
        }
        ApiToken token = tokens.findByHash(hash(secret.strip()))
                .orElseThrow(() -> new ApiException(401, "badToken", null, null, "error.docflow.api.badToken"));
        if (!token.active()) throw new ApiException(401, "revokedToken", null, null, "error.docflow.api.revokedToken");
        return token;
    }

    /** The token's unit and every active unit under it. */
    private List<UnitSummary> tokenScope(long unitId) {
        List<UnitSummary> all = units.listActive();
        Set<Long> ids = new HashSet<>(Set.of(unitId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (UnitSummary u : all) {
                if (u.parentId() != null && ids.contains(u.parentId()) && ids.add(u.id())) grew = true;
            }
        }
        return all.stream().filter(u -> ids.contains(u.id())).toList();
    }

    /** A merged unit no longer pushes: its tokens stop working, its months join the successor's. */
    @EventListener
    void onUnitMerged(UnitMergedEvent event) {
        tokens.revokeAllOf(event.unitId(), "system", clock.instant());
        monthly.moveAll(event.unitId(), event.successorId());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
