package vn.egov.console.apitoken;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.i18n.Messages;

/**
 * How every token API reads its credential and answers: {@code Authorization: Bearer <token>}, Vietnamese messages
 * unless {@code Accept-Language: en}, and refusals as {@code {"error", "message", "index", "field"}} JSON.
 */
public final class ApiResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiResponses() {
    }

    public static String bearer(String authorization) {
        if (authorization == null) return null;
        String a = authorization.strip();
        return a.regionMatches(true, 0, "Bearer ", 0, 7) ? a.substring(7).strip() : null;
    }

    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en")
                ? Formats.ENGLISH : Formats.VIETNAMESE;
    }

    public static ResponseEntity<String> error(ApiException e, Messages messages, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", e.code());
        error.put("message", messages.get(locale, e.messageKey(), e.arguments()));
        if (e.index() != null) error.put("index", e.index());
        if (e.field() != null) error.put("field", e.field());
        return json(e.status(), error);
    }

    public static ResponseEntity<String> json(int status, Map<String, ?> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }

    public static JsonMapper mapper() {
        return JSON;
    }
}
