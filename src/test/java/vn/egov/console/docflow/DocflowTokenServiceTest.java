package vn.egov.console.docflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.console.DemoUsers.ADMIN;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.junit.jupiter.api.Test;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.apitoken.ApiException;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiToken;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.apitoken.CreatedToken;
import vn.egov.console.organization.UnitService;

@IntegrationTest
@Transactional
class DocflowTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    DocflowPushService push;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenStoredBeforeScopesExistedStillPushesDocumentFigures() {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        String secret = "dfx_issued-before-the-shared-token-facility";
        // the columns the docflow changelog created, as the old code filled them: no scope
        jdbc.update("INSERT INTO api_token (unit_id, label, token_hash, prefix, created_at, created_by) "
                + "VALUES (?, 'old', ?, 'dfx_issued', NOW(6), 'admin')", snv, ApiTokenService.hash(secret));
        assertThat(tokens.authenticate(secret, ApiScope.DOCFLOW).scope()).isEqualTo(ApiScope.DOCFLOW);
        assertThatThrownBy(() -> tokens.authenticate(secret, ApiScope.PUBLICSERVICE))
                .isInstanceOf(ApiException.class).hasFieldOrPropertyWithValue("status", 403);
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyAsItsHash() {
        CreatedToken created = ADMIN.call(() -> tokens.create(ApiScope.DOCFLOW,
                units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id(), "QLVB"));
        assertThat(created.secret()).startsWith("dfx_").hasSizeGreaterThan(40);
        String stored = jdbc.queryForObject("SELECT token_hash FROM api_token WHERE id = ?", String.class,
                created.token().id());
        assertThat(stored).isEqualTo(ApiTokenService.hash(created.secret())).doesNotContain(created.secret());
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(ADMIN.call(() -> tokens.list())).extracting(ApiToken::id).contains(created.token().id());
    }

    @ParameterizedTest
    @EnumSource(value = DemoUsers.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsManageTokens(DemoUsers user) {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        assertThatThrownBy(() -> user.run(() -> tokens.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> tokens.create(ApiScope.DOCFLOW, snv, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> tokens.revoke(1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMergedUnitsTokensAreRevokedAndItsMonthsJoinTheSuccessor() {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        long stp = ADMIN.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow().id());
        String sql = "SELECT COALESCE(SUM(sent_electronic), 0) FROM docflow_monthly WHERE unit_id = ?";
        long before = jdbc.queryForObject(sql, Long.class, snv) + jdbc.queryForObject(sql, Long.class, stp);
        CreatedToken t = ADMIN.call(() -> tokens.create(ApiScope.DOCFLOW, stp, "STP"));
        ADMIN.run(() -> units.merge(stp, snv, "Sáp nhập thử"));
        assertThat(jdbc.queryForObject(sql, Long.class, stp)).isZero();
        assertThat(jdbc.queryForObject(sql, Long.class, snv)).isEqualTo(before);
        assertThat(ADMIN.call(() -> tokens.list()).stream().filter(x -> x.id() == t.token().id()).findFirst()
                .orElseThrow().active()).isFalse();
        assertThatThrownBy(() -> push.push(t.secret(), List::of)).isInstanceOf(ApiException.class)
                .hasFieldOrPropertyWithValue("code", "revokedToken");
    }
}
