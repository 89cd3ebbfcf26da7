package vn.egov.console.docflow;

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
import vn.egov.console.apitoken.CreatedToken;
import vn.egov.console.organization.UnitService;

/** The push API over real HTTP, through the security filter chains, as a unit's document system would call it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocflowApiTest {

    static final String MONTH = "2011-07"; // before the demo history, removed again after the class
    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DocflowService docflow;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String snvToken;
    String stpToken;
    String revokedToken;
    String vinhYenToken;
    long snv;

    @BeforeAll
    void tokens() {
        ADMIN.run(() -> {
            snv = units.findByCode(DemoUsers.SNV_CODE).orElseThrow().id();
            snvToken = tokens.create(ApiScope.DOCFLOW, snv, "QLVB Sở Nội vụ").secret();
            stpToken = tokens.create(ApiScope.DOCFLOW, units.findByCode(DemoUsers.STP_CODE).orElseThrow().id(), "QLVB STP").secret();
            vinhYenToken = tokens.create(ApiScope.DOCFLOW, units.findByCode(DemoUsers.VINH_YEN_CODE).orElseThrow().id(), "VY").secret();
            CreatedToken old = tokens.create(ApiScope.DOCFLOW, snv, "Máy chủ cũ");
            tokens.revoke(old.token().id());
            revokedToken = old.secret();
        });
    }

    @AfterAll
    void cleanUp() {
        jdbc.update("DELETE FROM docflow_monthly WHERE month < '2013-01-01'");
    }

    HttpResponse<String> post(String token, String body, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docflow/v1/monthly"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (language != null) request.header("Accept-Language", language);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String month(String unit, String month, int signed) {
        return """
                {"unitCode": "%s", "month": "%s", "sentTotal": 120, "sentElectronic": 100, "receivedElectronic": 250,
                 "sentViaAxis": 10, "receivedViaAxis": 20, "sentSigned": %d, "sentPaperParallel": 5,
                 "sentToCentral": 8, "sentToCentralSigned": 2}""".formatted(unit, month, signed);
    }

    MonthlyFigures stored(String unitCode, String month) {
        return ADMIN.call(() -> docflow.figuresOf(units.findByCode(unitCode).orElseThrow().id(), YearMonth.parse(month)))
                .map(MonthlyRow::figures).orElse(null);
    }

    @Test
    void withoutATokenTheAnswerIs401InJsonNotALoginRedirect() throws Exception {
        var r = post(null, month(DemoUsers.SNV_CODE, MONTH, 50), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("\"error\":\"noToken\"").contains("Thiếu mã kết nối");
    }

    @Test
    void aWrongTokenIsRefusedBeforeTheBodyIsRead() throws Exception {
        var r = post("dfx_not-a-real-token", "{broken", "en");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"error\":\"badToken\"").contains("Unknown token.");
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        var r = post(revokedToken, month(DemoUsers.SNV_CODE, MONTH, 50), null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("revokedToken");
    }

    @Test
    void anotherUnitsTokenIsForbidden() throws Exception {
        var r = post(stpToken, month(DemoUsers.SNV_CODE, "2011-08", 50), null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"error\":\"unitOutOfScope\"").contains("\"field\":\"unitCode\"");
        assertThat(stored(DemoUsers.SNV_CODE, "2011-08")).isNull();
    }

    @Test
    void aDistrictTokenPushesForItsWardsButNotForOthers() throws Exception {
        assertThat(post(vinhYenToken, month(DemoUsers.NGO_QUYEN_CODE, "2011-09", 40), null).statusCode()).isEqualTo(200);
        assertThat(post(vinhYenToken, month(DemoUsers.TRUNG_TRAC_CODE, "2011-09", 40), null).statusCode()).isEqualTo(403);
    }

    @Test
    void rePushingAMonthReplacesIt() throws Exception {
        var first = post(snvToken, month(DemoUsers.SNV_CODE, MONTH, 50), null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"stored\":1}");
        var second = post(snvToken, "[" + month(DemoUsers.SNV_CODE, MONTH, 70) + "]", null);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(stored(DemoUsers.SNV_CODE, MONTH).sentSigned()).isEqualTo(70);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM docflow_monthly WHERE unit_id = ? AND month = ?",
                Long.class, snv, MONTH + "-01")).isEqualTo(1);
        var pushed = ADMIN.call(() -> docflow.figuresOf(snv, YearMonth.parse(MONTH))).orElseThrow();
        assertThat(pushed.source()).isEqualTo(FigureSource.API);
        assertThat(pushed.updatedBy()).startsWith("api:dfx_");
    }

    @Test
    void badFiguresAre400AndNothingOfThePushIsStored() throws Exception {
        String good = month(DemoUsers.SNV_CODE, "2011-10", 50);
        var signed = post(snvToken, "[" + good + "," + month(DemoUsers.SNV_CODE, "2011-11", 101) + "]", null);
        assertThat(signed.statusCode()).isEqualTo(400);
        assertThat(signed.body()).contains("\"index\":1").contains("\"field\":\"sentSigned\"")
                .contains("Văn bản ký số (101) không được nhiều hơn văn bản đi điện tử (100).");
        assertThat(stored(DemoUsers.SNV_CODE, "2011-10")).as("the good month was not stored either").isNull();

        String axis = good.replace("\"sentViaAxis\": 10", "\"sentViaAxis\": 101");
        assertThat(post(snvToken, axis, "en").body()).contains("sentViaAxis").contains("cannot exceed");
        String negative = good.replace("\"sentPaperParallel\": 5", "\"sentPaperParallel\": -5");
        assertThat(post(snvToken, negative, null).statusCode()).isEqualTo(400);
        String future = month(DemoUsers.SNV_CODE, YearMonth.now().plusMonths(2).toString(), 50);
        assertThat(post(snvToken, future, null).body()).contains("futureMonth".isEmpty() ? "" : "chưa đến");
        String fraction = good.replace("\"sentTotal\": 120", "\"sentTotal\": 120.5");
        assertThat(post(snvToken, fraction, null).body()).contains("\"field\":\"sentTotal\"");
        var malformed = post(snvToken, "{\"month\": ", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformedJson");
        assertThat(post(snvToken, "{\"month\":\"2011-12\",\"foo\":1}", null).body()).contains("unknownField");
        assertThat(stored(DemoUsers.SNV_CODE, "2011-10")).isNull();
    }

    @Test
    void otherApiPathsAreClosed() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/other")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
