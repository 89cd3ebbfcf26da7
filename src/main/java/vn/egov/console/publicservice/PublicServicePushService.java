package vn.egov.console.publicservice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.apitoken.ApiException;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.audit.AuditAction;
import vn.egov.console.audit.AuditEntry;
import vn.egov.console.audit.AuditTrail;
import vn.egov.console.organization.UnitSummary;

/**
 * Months pushed by the one-stop system (hệ thống một cửa điện tử) with a {@link ApiScope#PUBLICSERVICE} token: the
 * same rules as the import, every entry checked first, all or nothing, re-pushing a month replaces it.
 */
@Service
@Transactional
public class PublicServicePushService {

    static final int MAX_ENTRIES_PER_PUSH = 25_000;

    private final ApiTokenService tokens;
    private final PublicServiceService service;
    private final AuditTrail trail;

    PublicServicePushService(ApiTokenService tokens, PublicServiceService service, AuditTrail trail) {
        this.trail = trail;
        this.tokens = tokens;
        this.service = service;
    }

    /**
     * Not behind {@code @PreAuthorize}: the token is the caller's credential, checked first; the body is read only
     * after it passed.
     *
     * @return how many months were stored
     */
    public int push(String secret, Supplier<List<MonthEntry>> body) {
        ApiToken token = tokens.authenticate(secret, ApiScope.PUBLICSERVICE);
        List<MonthEntry> entries = body.get();
        if (entries.isEmpty()) throw new ApiException(400, "empty", null, null, "error.docflow.api.empty");
        if (entries.size() > MAX_ENTRIES_PER_PUSH) {
            throw new ApiException(400, "tooMany", null, null, "error.ps.api.tooMany", MAX_ENTRIES_PER_PUSH);
        }
        Map<String, UnitSummary> allowed = new HashMap<>();
        tokens.unitsOf(token).forEach(u -> allowed.put(u.code().toUpperCase(), u));
        List<MonthEntry> addressed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MonthEntry e = entries.get(i);
            String code = e.unitCode() == null ? token.unitCode() : e.unitCode().strip();
            if (!allowed.containsKey(code.toUpperCase())) {
                throw new ApiException(403, "unitOutOfScope", i, "unitCode", "error.docflow.api.unitOutOfScope",
                        code, token.unitCode());
            }
            addressed.add(new MonthEntry(e.procedureCode(), code, e.month(), e.figures()));
        }
        var checked = service.check(addressed, IntStream.range(0, addressed.size()).boxed().toList(), allowed);
        if (!checked.problems().isEmpty()) {
            var p = checked.problems().getFirst();
            String code = p.messageKey().equals("error.ps.duplicate") ? "duplicate" : "invalid";
            throw new ApiException(400, code, p.index(), p.field(), p.messageKey(), p.arguments());
        }
        service.store(checked.entries(), FigureSource.API, "api:" + token.prefix());
        tokens.touch(token);
        trail.recordAs("api:" + token.prefix(), AuditEntry.of("publicservice", "figuresPush", token.id(), token.label(),
                AuditAction.IMPORTED).changed("entries", null, checked.entries().size())
                .changed("unitCode", null, token.unitCode()));
        return checked.entries().size();
    }
}
