package vn.egov.console.docflow;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.apitoken.ApiException;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.docflow.internal.MonthlyStore;
import vn.egov.console.organization.UnitMergedEvent;
import vn.egov.console.organization.UnitSummary;

/**
 * Months pushed by the units' document-management systems with a {@link ApiScope#DOCFLOW} token (the shared token
 * facility checks the token; this service checks the figures and stores them).
 */
@Service
@Transactional
public class DocflowPushService {

    static final int MAX_MONTHS_PER_PUSH = 1000;

    private final ApiTokenService tokens;
    private final MonthlyStore monthly;
    private final Clock clock;
    private final AuditTrail trail;

    DocflowPushService(ApiTokenService tokens, MonthlyStore monthly, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.tokens = tokens;
        this.monthly = monthly;
        this.clock = clock;
    }

    /**
     * Stores pushed months for the token's unit(s): all of them or, on the first problem, none. Re-pushing a month
     * replaces it. The body is read only after the token passed. Not behind {@code @PreAuthorize}: the token is the
     * caller's credential, checked here.
     *
     * @return how many months were stored
     */
    public int push(String secret, Supplier<List<PushedMonth>> body) {
        ApiToken token = tokens.authenticate(secret, ApiScope.DOCFLOW);
        List<PushedMonth> months = body.get();
        if (months.isEmpty()) throw new ApiException(400, "empty", null, null, "error.docflow.api.empty");
        if (months.size() > MAX_MONTHS_PER_PUSH) {
            throw new ApiException(400, "tooMany", null, null, "error.docflow.api.tooMany", MAX_MONTHS_PER_PUSH);
        }
        Map<String, UnitSummary> allowed = new HashMap<>();
        tokens.unitsOf(token).forEach(u -> allowed.put(u.code().toUpperCase(), u));
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
        tokens.touch(token);
        trail.recordAs("api:" + token.prefix(), AuditEntry.of("docflow", "figuresPush", token.id(), token.label(),
                AuditAction.IMPORTED).changed("months", null, entries.size()).changed("unitCode", null, token.unitCode()));
        return entries.size();
    }

    /** A merged unit's months join the successor's (its tokens are revoked by the token facility). */
    @EventListener
    void onUnitMerged(UnitMergedEvent event) {
        monthly.moveAll(event.unitId(), event.successorId());
    }
}
