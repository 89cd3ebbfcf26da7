package vn.egov.console.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import vn.egov.console.DemoUsers;
import vn.egov.console.apitoken.ApiScope;
import vn.egov.console.apitoken.ApiTokenService;
import vn.egov.console.publicservice.PublicServiceService;
import vn.egov.console.organization.Tier;
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
     * @param validBody makes a body the endpoint stores with {@code 200}; its months/keys lie outside the demo data
     * @param token     makes a token that may push {@code validBody}
     * @param tables    what the endpoint writes; checksummed before and after the malformed requests
     * @param cleanUp   SQL that removes what {@code validBody} stored (statements separated by ";")
     */
    record Endpoint(String name, String path, Function<ApplicationContext, String> validBody, Function<ApplicationContext, String> token,
                    List<String> tables, String cleanUp) {
    }

    static final List<Endpoint> ALL = List.of(
            new Endpoint("docflow monthly figures push", "/api/docflow/v1/monthly", context -> """
                    {"unitCode": "000.00.02.H62", "month": "2012-03", "sentTotal": 120, "sentElectronic": 100,
                     "receivedElectronic": 250, "sentViaAxis": 10, "receivedViaAxis": 20, "sentSigned": 50,
                     "sentPaperParallel": 5, "sentToCentral": 8, "sentToCentralSigned": 2}""",
                    context -> token(context, ApiScope.DOCFLOW, DemoUsers.SNV_CODE),
                    List.of("docflow_monthly"), "DELETE FROM docflow_monthly WHERE month = '2012-03-01'"),
            new Endpoint("public-service monthly figures push", "/api/publicservice/v1/monthly", context -> """
                    {"procedureCode": "%s", "unitCode": "%s", "month": "2016-03", "received": 40,
                     "receivedOnline": 25, "resolved": 38, "resolvedOnTime": 36, "late": 2, "digitised": 30,
                     "eResults": 20, "paidOnline": 5}""".formatted(birthRegistration(context), DemoUsers.NGO_QUYEN_CODE),
                    context -> token(context, ApiScope.PUBLICSERVICE, DemoUsers.VINH_YEN_CODE),
                    List.of("ps_monthly", "ps_unit_field_month", "ps_procedure_month"),
                    "DELETE FROM ps_monthly WHERE month = '2016-03-01'; "
                            + "DELETE FROM ps_unit_field_month WHERE month = '2016-03-01'; "
                            + "DELETE FROM ps_procedure_month WHERE month = '2016-03-01'"));

    private static String token(ApplicationContext context, ApiScope scope, String unitCode) {
        return DemoUsers.ADMIN.call(() -> context.getBean(ApiTokenService.class).create(scope,
                context.getBean(UnitService.class).findByCode(unitCode).orElseThrow().id(), "fuzz test").secret());
    }

    /** A commune-tier procedure of the demo catalogue (its code is made when the demo is seeded). */
    private static String birthRegistration(ApplicationContext context) {
        return DemoUsers.ADMIN.call(() -> context.getBean(PublicServiceService.class).catalogue(
                        new PublicServiceService.CatalogueFilter("Đăng ký khai sinh", null, Tier.COMMUNE, null, null,
                                false), 0, 5, null, true).stream()
                .filter(p -> p.name().equals("Đăng ký khai sinh")).findFirst().orElseThrow().code());
    }

    private ApiEndpoints() {
    }
}
