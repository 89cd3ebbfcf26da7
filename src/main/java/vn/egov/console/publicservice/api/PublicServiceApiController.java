package vn.egov.console.publicservice.api;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.egov.console.apitoken.ApiException;
import vn.egov.console.apitoken.ApiResponses;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.publicservice.Figures;
import vn.egov.console.publicservice.MonthEntry;
import vn.egov.console.publicservice.PublicServicePushService;

/**
 * {@code POST /api/publicservice/v1/monthly} with {@code Authorization: Bearer <psx_ token>} and a JSON body: one
 * month of one procedure at one unit ({@code {"procedureCode": "1.004227", "unitCode": "...", "month": "2026-10",
 * "received": 40, "receivedOnline": 25, "resolved": 38, "resolvedOnTime": 36, "late": 2, ...}}) or an array of them.
 * Answers {@code 200 {"stored": n}}, or 400/401/403 with {@code {"error", "message", "index", "field"}}.
 */
@RestController
class PublicServiceApiController {

    static final Set<String> KNOWN;

    static {
        var known = new java.util.HashSet<>(Figures.FIELDS);
        known.addAll(List.of("procedureCode", "unitCode", "month"));
        KNOWN = Set.copyOf(known);
    }

    private final PublicServicePushService service;
    private final Messages messages;

    PublicServiceApiController(PublicServicePushService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @PostMapping(path = "/api/publicservice/v1/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> push(@RequestHeader(name = "Authorization", required = false) String authorization,
                                @RequestHeader(name = "Accept-Language", required = false) String language,
                                @RequestBody(required = false) String body) {
        try {
            int stored = service.push(ApiResponses.bearer(authorization), () -> parse(body));
            return ApiResponses.json(200, Map.of("stored", stored));
        } catch (ApiException e) {
            return ApiResponses.error(e, messages, ApiResponses.locale(language));
        }
    }

    /** Malformed JSON, unknown fields and text or fractions where a whole number belongs: 400 with what is wrong. */
    static List<MonthEntry> parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "emptyBody", null, null, "error.docflow.api.emptyBody");
        }
        JsonNode root;
        try {
            root = ApiResponses.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new ApiException(400, "malformedJson", null, null, "error.docflow.api.malformedJson",
                    e.getOriginalMessage());
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) root.forEach(items::add);
        else if (root.isObject()) items.add(root);
        else throw new ApiException(400, "malformedJson", null, null, "error.docflow.api.notObject");
        List<MonthEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) entries.add(read(items.get(i), i));
        return entries;
    }

    private static MonthEntry read(JsonNode node, int index) {
        if (!node.isObject()) throw new ApiException(400, "malformedJson", index, null, "error.docflow.api.notObject");
        for (String name : node.propertyNames()) {
            if (!KNOWN.contains(name)) {
                throw new ApiException(400, "unknownField", index, name, "error.docflow.api.unknownField", name);
            }
        }
        String procedure = text(node, "procedureCode", index);
        if (procedure == null) {
            throw new ApiException(400, "invalid", index, "procedureCode", "error.docflow.api.fieldRequired",
                    "procedureCode");
        }
        String unit = text(node, "unitCode", index);
        String monthText = text(node, "month", index);
        if (monthText == null) throw new ApiException(400, "invalid", index, "month", "error.ps.monthRequired");
        YearMonth month;
        try {
            month = YearMonth.parse(monthText);
        } catch (DateTimeException e) {
            throw new ApiException(400, "invalid", index, "month", "error.docflow.api.monthFormat", monthText);
        }
        long[] values = new long[Figures.FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String name = Figures.FIELDS.get(i);
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (i < 5) throw new ApiException(400, "invalid", index, name, "error.docflow.api.fieldRequired", name);
                continue;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new ApiException(400, "invalid", index, name, "error.docflow.api.notWholeNumber", name);
            }
            values[i] = v.asLong();
        }
        return new MonthEntry(procedure, unit, month, Figures.of(values));
    }

    private static String text(JsonNode node, String name, int index) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new ApiException(400, "invalid", index, name, "error.docflow.api.notText", name);
        return v.asString();
    }
}
