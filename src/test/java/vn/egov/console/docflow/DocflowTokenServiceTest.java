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
import vn.egov.console.organization.UnitService;

@IntegrationTest
@Transactional
class DocflowTokenServiceTest {

    @Autowired
    DocflowTokenService tokens;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretIsShownOnceAndStoredOnlyAsItsHash() {
        CreatedToken created = ADMIN.call(() -> tokens.create(
                units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id(), "QLVB"));
        assertThat(created.secret()).startsWith("dfx_").hasSizeGreaterThan(40);
        String stored = jdbc.queryForObject("SELECT token_hash FROM docflow_api_token WHERE id = ?", String.class,
                created.token().id());
        assertThat(stored).isEqualTo(DocflowTokenService.hash(created.secret())).doesNotContain(created.secret());
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(ADMIN.call(() -> tokens.list())).extracting(ApiToken::id).contains(created.token().id());
    }

    @ParameterizedTest
    @EnumSource(value = DemoUsers.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdministratorsManageTokens(DemoUsers user) {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        assertThatThrownBy(() -> user.run(() -> tokens.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> tokens.create(snv, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.run(() -> tokens.revoke(1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMergedUnitsTokensAreRevokedAndItsMonthsJoinTheSuccessor() {
        long snv = ADMIN.call(() -> units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id());
        long stp = ADMIN.call(() -> units.findByCode(DemoUsers.STP_CODE).orElseThrow().id());
        String sql = "SELECT COALESCE(SUM(sent_electronic), 0) FROM docflow_monthly WHERE unit_id = ?";
        long before = jdbc.queryForObject(sql, Long.class, snv) + jdbc.queryForObject(sql, Long.class, stp);
        CreatedToken t = ADMIN.call(() -> tokens.create(stp, "STP"));
        ADMIN.run(() -> units.merge(stp, snv, "Sáp nhập thử"));
        assertThat(jdbc.queryForObject(sql, Long.class, stp)).isZero();
        assertThat(jdbc.queryForObject(sql, Long.class, snv)).isEqualTo(before);
        assertThat(ADMIN.call(() -> tokens.list()).stream().filter(x -> x.id() == t.token().id()).findFirst()
                .orElseThrow().active()).isFalse();
        assertThatThrownBy(() -> tokens.push(t.secret(), List::of)).isInstanceOf(ApiException.class)
                .hasFieldOrPropertyWithValue("code", "revokedToken");
    }
}
