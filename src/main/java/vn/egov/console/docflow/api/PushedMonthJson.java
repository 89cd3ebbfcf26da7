package vn.egov.console.docflow.api;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.egov.console.apitoken.ApiException;
import vn.egov.console.docflow.MonthlyFigures;
import vn.egov.console.docflow.PushedMonth;

/** Reads one pushed month from JSON, strictly: unknown fields, fractions and text where a number belongs are errors. */
final class PushedMonthJson {

    static final List<String> REQUIRED = List.of("sentTotal", "sentElectronic", "receivedElectronic", "sentSigned",
            "sentPaperParallel");
    static final List<String> OPTIONAL = List.of("sentViaAxis", "receivedViaAxis", "sentToCentral",
            "sentToCentralSigned");
    static final Set<String> KNOWN = Set.of("unitCode", "month", "sentTotal", "sentElectronic", "receivedElectronic",
            "sentViaAxis", "receivedViaAxis", "sentSigned", "sentPaperParallel", "sentToCentral",
            "sentToCentralSigned");

    private PushedMonthJson() {
    }

    static PushedMonth read(JsonNode node, int index) {
        if (!node.isObject()) throw new ApiException(400, "malformedJson", index, null, "error.docflow.api.notObject");
        for (String name : node.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw new ApiException(400, "unknownField", index, name, "error.docflow.api.unknownField", name);
            }
        }
        JsonNode code = node.get("unitCode");
        if (code != null && !code.isNull() && !code.isString()) {
            throw new ApiException(400, "invalid", index, "unitCode", "error.docflow.api.notText", "unitCode");
        }
        JsonNode monthNode = node.get("month");
        if (monthNode == null || monthNode.isNull()) {
            throw new ApiException(400, "invalid", index, "month", "error.docflow.monthRequired");
        }
        if (!monthNode.isString()) {
            throw new ApiException(400, "invalid", index, "month", "error.docflow.api.notText", "month");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(monthNode.asString());
        } catch (DateTimeException e) {
            throw new ApiException(400, "invalid", index, "month", "error.docflow.api.monthFormat", monthNode.asString());
        }
        long[] n = new long[9];
        String[] order = {"sentTotal", "sentElectronic", "receivedElectronic", "sentViaAxis", "receivedViaAxis",
                "sentSigned", "sentPaperParallel", "sentToCentral", "sentToCentralSigned"};
        for (int i = 0; i < order.length; i++) {
            JsonNode v = node.get(order[i]);
            if (v == null || v.isNull()) {
                if (REQUIRED.contains(order[i])) {
                    throw new ApiException(400, "invalid", index, order[i], "error.docflow.api.fieldRequired", order[i]);
                }
                continue;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new ApiException(400, "invalid", index, order[i], "error.docflow.api.notWholeNumber", order[i]);
            }
            n[i] = v.asLong();
        }
        return new PushedMonth(code == null || code.isNull() ? null : code.asString(),
                new MonthlyFigures(month, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]));
    }
}
