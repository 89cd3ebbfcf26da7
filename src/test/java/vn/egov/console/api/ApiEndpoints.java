package vn.egov.console.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import vn.egov.console.DemoUsers;
import vn.egov.console.docflow.DocflowTokenService;
import vn.egov.console.organization.UnitService;

/**
 * Every HTTP API endpoint of the console, in one place: {@link ApiFuzzTest} throws malformed bodies at each of them.
 * <b>A new endpoint under {@code /api/**} gets its row here</b>, with a body the endpoint accepts (the fuzz test first
 * checks that it does), a way to make a valid token, and the tables it writes (which must not change when a
 * malformed body is refused). The sample's types are the contract the fuzzer tests: a string where a string
 * belongs, a whole number where only whole numbers are allowed (a fraction is then sent as a mistake).
 */
final class ApiEndpoints {

    /**
     * @param validBody a body the endpoint stores with {@code 200}; its months/keys lie outside the demo data
     * @param token     makes a token that may push {@code validBody}
     * @param tables    what the endpoint writes; checksummed before and after the malformed requests
     * @param cleanUp   SQL that removes what {@code validBody} stored
     */
    record Endpoint(String name, String path, String validBody, Function<ApplicationContext, String> token,
                    List<String> tables, String cleanUp) {
    }

    static final List<Endpoint> ALL = List.of(
            new Endpoint("docflow monthly figures push", "/api/docflow/v1/monthly", """
                    {"unitCode": "000.00.02.H62", "month": "2012-03", "sentTotal": 120, "sentElectronic": 100,
                     "receivedElectronic": 250, "sentViaAxis": 10, "receivedViaAxis": 20, "sentSigned": 50,
                     "sentPaperParallel": 5, "sentToCentral": 8, "sentToCentralSigned": 2}""",
                    context -> DemoUsers.ADMIN.call(() -> context.getBean(DocflowTokenService.class).create(
                            context.getBean(UnitService.class).findByCode(DemoUsers.SNV_CODE).orElseThrow().id(),
                            "fuzz test").secret()),
                    List.of("docflow_monthly"), "DELETE FROM docflow_monthly WHERE month = '2012-03-01'"));

    private ApiEndpoints() {
    }
}
