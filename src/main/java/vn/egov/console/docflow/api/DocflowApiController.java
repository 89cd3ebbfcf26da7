package vn.egov.console.docflow.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.i18n.Messages;
import vn.egov.console.docflow.ApiException;
import vn.egov.console.docflow.DocflowTokenService;
import vn.egov.console.docflow.PushedMonth;

/**
 * {@code POST /api/docflow/v1/monthly} with {@code Authorization: Bearer <token>} and a JSON body: one month
 * ({@code {"unitCode": "...", "month": "2026-10", "sentTotal": 120, ...}}) or an array of them. Answers
 * {@code 200 {"stored": n}}, or 400/401/403 with {@code {"error": code, "message": text, "index": i, "field": f}}.
 * Messages are Vietnamese unless the caller asks for English with {@code Accept-Language: en}.
 */
@RestController
class DocflowApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DocflowTokenService service;
    private final Messages messages;

    DocflowApiController(DocflowTokenService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @PostMapping(path = "/api/docflow/v1/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> push(@RequestHeader(name = "Authorization", required = false) String authorization,
                                @RequestHeader(name = "Accept-Language", required = false) String language,
                                @RequestBody(required = false) String body) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Formats.ENGLISH : Formats.VIETNAMESE;
        try {
            int stored = service.push(bearer(authorization), () -> parse(body));
            return json(200, Map.of("stored", stored));
        } catch (ApiException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.code());
            error.put("message", messages.get(locale, e.messageKey(), e.arguments()));
            if (e.index() != null) error.put("index", e.index());
            if (e.field() != null) error.put("field", e.field());
            return json(e.status(), error);
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null) return null;
        String a = authorization.strip();
        return a.regionMatches(true, 0, "Bearer ", 0, 7) ? a.substring(7).strip() : null;
    }

    /** Malformed JSON and missing or non-numeric fields are the caller's mistake: 400 with what is wrong. */
    private static List<PushedMonth> parse(String body) {
        if (body == null || body.isBlank()) throw new ApiException(400, "emptyBody", null, null, "error.docflow.api.emptyBody");
        JsonNode root;
        try {
            root = JSON.readTree(body);
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

    private static ResponseEntity<String> json(int status, Map<String, ?> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }
}
