package vn.egov.console.docflow.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.egov.console.docflow.DocflowPushService;
import vn.egov.console.docflow.PushedMonth;

/**
 * {@code POST /api/docflow/v1/monthly} with {@code Authorization: Bearer <token>} and a JSON body: one month
 * ({@code {"unitCode": "...", "month": "2026-10", "sentTotal": 120, ...}}) or an array of them. Answers
 * {@code 200 {"stored": n}}, or 400/401/403 with {@code {"error": code, "message": text, "index": i, "field": f}}.
 * Messages are Vietnamese unless the caller asks for English with {@code Accept-Language: en}.
 */
@RestController
class DocflowApiController {

    private final DocflowPushService service;
    private final Messages messages;

    DocflowApiController(DocflowPushService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @PostMapping(path = "/api/docflow/v1/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> push(@RequestHeader(name = "Authorization", required = false) String authorization,
                                @RequestHeader(name = "Accept-Language", required = false) String language,
                                @RequestBody(required = false) String body) {
        Locale locale = ApiResponses.locale(language);
        try {
            int stored = service.push(ApiResponses.bearer(authorization), () -> parse(body));
            return ApiResponses.json(200, Map.of("stored", stored));
        } catch (ApiException e) {
            return ApiResponses.error(e, messages, locale);
        }
    }

    /** Malformed JSON and missing or non-numeric fields are the caller's mistake: 400 with what is wrong. */
    private static List<PushedMonth> parse(String body) {
        if (body == null || body.isBlank()) throw new ApiException(400, "emptyBody", null, null, "error.docflow.api.emptyBody");
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
        List<PushedMonth> months = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) months.add(PushedMonthJson.read(items.get(i), i));
        return months;
    }
}
