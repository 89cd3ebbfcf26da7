package vn.egov.console.publicservice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.console.DemoUsers.ADMIN;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.console.DemoUsers;
import vn.egov.console.IntegrationTest;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitService;

/**
 * The public-service push API over real HTTP, and token scoping across features: a document-exchange token cannot
 * push public-service figures, and a public-service token cannot push document figures.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicServiceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PublicServiceService service;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String vinhYenToken;
    String vinhYenDocflowToken;
    String revokedToken;
    String birth;
    long ngoQuyen;

    @BeforeAll
    void tokens() {
        ADMIN.run(() -> {
            long vinhYen = units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id();
            ngoQuyen = units.findByCode(DemoUsers.NGO_QUYEN_CODE).orElseThrow().id();
            vinhYenToken = tokens.create(ApiScope.PUBLICSERVICE, vinhYen, "Một cửa Vĩnh Yên").secret();
            vinhYenDocflowToken = tokens.create(ApiScope.DOCFLOW, vinhYen, "QLVB Vĩnh Yên").secret();
            var old = tokens.create(ApiScope.PUBLICSERVICE, vinhYen, "cũ");
            tokens.revoke(old.token().id());
            revokedToken = old.secret();
            birth = service.catalogue(new PublicServiceService.CatalogueFilter("Đăng ký khai sinh", null, Tier.COMMUNE,
                    null, null, false), 0, 5, null, true).stream().filter(p -> p.name().equals("Đăng ký khai sinh"))
                    .findFirst().orElseThrow().code();
        });
    }

    @AfterAll
    void cleanUp() {
        jdbc.update("DELETE FROM ps_monthly WHERE month < '2018-01-01'");
        jdbc.update("DELETE FROM ps_unit_field_month WHERE month < '2018-01-01'");
        jdbc.update("DELETE FROM ps_procedure_month WHERE month < '2018-01-01'");
        jdbc.update("DELETE FROM docflow_monthly WHERE month < '2013-01-01'");
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> push(String token, String body) throws Exception {
        return post("/api/publicservice/v1/monthly", token, body);
    }

    String month(String unit, String month, int received, int online) {
        return """
                {"procedureCode": "%s", "unitCode": "%s", "month": "%s", "received": %d, "receivedOnline": %d,
                 "resolved": 10, "resolvedOnTime": 9, "late": 1, "digitised": 5, "eResults": 3, "paidOnline": 0}"""
                .formatted(birth, unit, month, received, online);
    }

    Figures stored(String month) {
        long id = ADMIN.call(() -> service.catalogue(new PublicServiceService.CatalogueFilter(birth, null, null, null,
                null, false), 0, 1, null, true).getFirst().id());
        return ADMIN.call(() -> service.month(id, ngoQuyen, YearMonth.parse(month))).map(MonthlyRow::figures)
                .orElse(null);
    }

    @Test
    void aMonthIsStoredAndRePushingItReplacesIt() throws Exception {
        var first = push(vinhYenToken, month(DemoUsers.NGO_QUYEN_CODE, "2016-07", 12, 4));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"stored\":1}");
        var second = push(vinhYenToken, "[" + month(DemoUsers.NGO_QUYEN_CODE, "2016-07", 14, 6) + "]");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(stored("2016-07").received()).isEqualTo(14);
        Totals summary = ADMIN.call(() -> service.totals(Period.month(YearMonth.of(2016, 7)), Scope.ALL));
        assertThat(summary.receivedOnline()).as("the summary follows the push").isEqualTo(6);
    }

    @Test
    void aDocumentExchangeTokenCannotPushPublicServiceFigures() throws Exception {
        var r = push(vinhYenDocflowToken, month(DemoUsers.NGO_QUYEN_CODE, "2016-08", 12, 4));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"error\":\"wrongScope\"");
        assertThat(stored("2016-08")).isNull();
    }

    @Test
    void aPublicServiceTokenCannotPushDocumentFigures() throws Exception {
        var r = post("/api/docflow/v1/monthly", vinhYenToken, """
                {"unitCode": "%s", "month": "2011-08", "sentTotal": 120, "sentElectronic": 100,
                 "receivedElectronic": 250, "sentSigned": 50, "sentPaperParallel": 5}""".formatted(DemoUsers.VINH_YEN_CODE));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"error\":\"wrongScope\"").contains("DOCFLOW");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM docflow_monthly WHERE month = '2011-08-01'", Long.class))
                .isZero();
    }

    @Test
    void missingUnknownAndRevokedTokensAre401InJson() throws Exception {
        String body = month(DemoUsers.NGO_QUYEN_CODE, "2016-09", 12, 4);
        var none = push(null, body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(none.body()).contains("noToken");
        assertThat(push("psx_unknown", "{broken").body()).contains("badToken");
        assertThat(push(revokedToken, body).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherDistrictsWardIsForbidden() throws Exception {
        var r = push(vinhYenToken, month(DemoUsers.TRUNG_TRAC_CODE, "2016-10", 12, 4));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"error\":\"unitOutOfScope\"").contains("\"field\":\"unitCode\"");
    }

    @Test
    void oneBadEntryRefusesTheWholePushWithItsIndexAndField() throws Exception {
        String good = month(DemoUsers.NGO_QUYEN_CODE, "2016-11", 12, 4);
        var r = push(vinhYenToken, "[" + good + "," + month(DemoUsers.NGO_QUYEN_CODE, "2016-12", 12, 13) + "]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"index\":1").contains("\"field\":\"receivedOnline\"")
                .contains("Hồ sơ trực tuyến (13) không được nhiều hơn hồ sơ tiếp nhận (12).");
        assertThat(stored("2016-11")).as("the good entry was not stored either").isNull();
        var twice = push(vinhYenToken, "[" + good + "," + good + "]");
        assertThat(twice.body()).contains("\"error\":\"duplicate\"").contains("\"index\":1");
        var wrongTier = push(vinhYenToken, month(DemoUsers.VINH_YEN_CODE, "2016-11", 12, 4));
        assertThat(wrongTier.statusCode()).isEqualTo(400);
        assertThat(wrongTier.body()).contains("\"field\":\"unitCode\"");
        String future = month(DemoUsers.NGO_QUYEN_CODE, YearMonth.now().plusMonths(2).toString(), 12, 4);
        assertThat(post("/api/publicservice/v1/monthly", vinhYenToken, future).body()).contains("\"field\":\"month\"");
        assertThat(push(vinhYenToken, good.replace("\"received\": 12", "\"received\": 12.5")).body())
                .contains("\"field\":\"received\"");
        assertThat(push(vinhYenToken, "{\"procedureCode\":\"x\",\"foo\":1}").body()).contains("unknownField");
        assertThat(push(vinhYenToken, good.replace(birth, "9.999999")).body()).contains("\"field\":\"procedureCode\"");
    }
}
