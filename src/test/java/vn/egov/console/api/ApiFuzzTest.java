package vn.egov.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.console.IntegrationTest;

/**
 * A program calling the API with a broken body must get a JSON 4xx that says what is wrong — never a redirect to the
 * login page, never an HTML page, never a 500 — and nothing may be stored. Thrown at every endpoint of
 * {@link ApiEndpoints}: a wrong type at every field, deep nesting, huge numbers, odd Unicode, truncated and empty
 * bodies, bodies that are not JSON at all, the wrong content type and bodies over the size limit.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesMalformedBodiesWithJson400AndStoresNothing() {
        return ApiEndpoints.ALL.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> fuzz(endpoint)));
    }

    private void fuzz(ApiEndpoints.Endpoint endpoint) throws Exception {
        String token = endpoint.token().apply(context);
        String valid = endpoint.validBody().apply(context);
        try {
            var accepted = send(endpoint, token, "application/json", valid);
            assertThat(accepted.statusCode()).as("the sample body is accepted: %s", accepted.body()).isEqualTo(200);
            Map<String, String> before = checksums(endpoint);

            JsonNode sample = JSON.readTree(valid);
            List<Case> cases = new ArrayList<>();
            wrongTypes(sample, "", cases);
            oddText(sample, "", cases);
            structure(sample, cases);
            for (Case c : cases) {
                var r = send(endpoint, token, "application/json", c.body());
                assertJsonError(r, c.name());
                if (c.exactly400()) assertThat(r.statusCode()).as(c.name() + ": " + r.body()).isEqualTo(400);
            }

            var asText = send(endpoint, token, "text/plain", valid);
            assertJsonError(asText, "valid body declared as text/plain");
            assertThat(asText.statusCode()).isEqualTo(415);
            var asForm = send(endpoint, token, "application/x-www-form-urlencoded", valid);
            assertThat(asForm.statusCode()).as("valid body as a form post").isEqualTo(415);

            String padded = valid.replaceFirst("\\{", "{" + " ".repeat(LIMIT));
            var tooLarge = send(endpoint, token, "application/json", padded);
            assertJsonError(tooLarge, "body over the limit");
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            var streamed = http.send(request(endpoint, token, "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertJsonError(streamed, "chunked body over the limit");
            assertThat(streamed.statusCode()).isEqualTo(413);

            assertThat(declaredHuge(endpoint, token)).as("a declared 100 MB body is refused before it is sent")
                    .startsWith("HTTP/1.1 413");

            var invalidUtf8 = http.send(request(endpoint, token, "application/json").POST(
                    HttpRequest.BodyPublishers.ofByteArray(new byte[]{'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertJsonError(invalidUtf8, "invalid UTF-8");

            assertThat(checksums(endpoint)).as("nothing of a refused body was stored").isEqualTo(before);
        } finally {
            for (String sql : endpoint.cleanUp().split(";\\s*")) jdbc.update(sql);
        }
    }

    @TestFactory
    Stream<DynamicTest> refusalsAreLoggedWithoutStackTraces(CapturedOutput output) {
        return ApiEndpoints.ALL.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> {
            String token = endpoint.token().apply(context);
            for (String body : List.of("{\"month\": {\"a\":1}}", "{\"month\": [2026,11]}", "[".repeat(5000), "{")) {
                assertJsonError(send(endpoint, token, "application/json", body), body);
            }
            assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
        }));
    }

    /** Only the headers of a request announcing 100 MB: the answer must come without the body ever arriving. */
    private String declaredHuge(ApiEndpoints.Endpoint endpoint, String token) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + endpoint.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** Each field in turn replaced by a value of every other JSON type, an over-long number and deep nesting. */
    private static void wrongTypes(JsonNode sample, String path, List<Case> cases) {
        if (sample instanceof ObjectNode object) {
            for (String field : object.propertyNames()) {
                JsonNode value = object.get(field);
                for (JsonNode wrong : wrongValues(value)) {
                    ObjectNode copy = object.deepCopy();
                    copy.set(field, wrong);
                    cases.add(new Case(path + field + " = " + abbreviate(wrong.toString()), copy.toString(), true));
                }
                ObjectNode nested = object.deepCopy();
                nested.put(field, "NESTED");
                cases.add(new Case(path + field + " = 2000 nested arrays", nested.toString()
                        .replace("\"NESTED\"", "[".repeat(2000) + "]".repeat(2000)), true));
            }
        }
    }

    private static List<JsonNode> wrongValues(JsonNode value) {
        List<JsonNode> wrong = new ArrayList<>();
        ObjectNode object = NODES.objectNode();
        object.put("a", 1);
        ArrayNode array = NODES.arrayNode();
        array.add(2026).add(11);
        if (!value.isString()) wrong.add(NODES.stringNode("12"));
        if (!value.isNumber()) wrong.add(NODES.numberNode(12));
        if (!value.isBoolean()) wrong.add(NODES.booleanNode(true));
        if (!value.isObject()) wrong.add(object);
        if (!value.isArray()) wrong.add(array);
        if (value.isIntegralNumber()) {
            wrong.add(NODES.numberNode(12.5));
            wrong.add(NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40))));
            wrong.add(NODES.numberNode(new java.math.BigInteger("-1" + "0".repeat(40))));
            wrong.add(NODES.numberNode(new java.math.BigDecimal("1E+400")));
        }
        return wrong;
    }

    /** Strings full of what breaks naive code. Refused with some 4xx (an unknown unit is a 403, not a 400). */
    private static void oddText(JsonNode sample, String path, List<Case> cases) {
        if (!(sample instanceof ObjectNode object)) return;
        List<String> odd = List.of("", " ", "\u0000", "\u200B\u00A0\uFEFF", "\u202Eevil", "\uD800", "𝕍𝕚ệ𝕥 🇻🇳",
                "' OR 1=1 --", "<script>alert(1)</script>", "x".repeat(70_000), "2012-03\u0000", "٢٠١٢-٠٣");
        for (String field : object.propertyNames()) {
            if (!object.get(field).isString()) continue;
            for (String text : odd) {
                ObjectNode copy = object.deepCopy();
                copy.put(field, text);
                cases.add(new Case(path + field + " = " + abbreviate(text), copy.toString(), false));
            }
        }
    }

    /** Bodies that are not a well-formed JSON document of the expected shape. */
    private static void structure(JsonNode sample, List<Case> cases) {
        String compact = sample.toString();
        for (int length = 0; length < compact.length(); length++) {
            cases.add(new Case("truncated at " + length, compact.substring(0, length), true));
        }
        for (String body : List.of("", "   ", "null", "true", "12", "\"text\"", "{}", "[]", "[[]]", "[null]", "{{}}",
                "{'month': '2012-03'}", "<month>2012-03</month>", "month=2012-03", compact + compact,
                compact + "]", "\uFEFF" + "\u0000", "1" + "0".repeat(5000), "[".repeat(100_000) + "]".repeat(100_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            cases.add(new Case("body " + abbreviate(body), body, true));
        }
    }

    private HttpResponse<String> send(ApiEndpoints.Endpoint endpoint, String token, String contentType, String body)
            throws Exception {
        return http.send(request(endpoint, token, contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(ApiEndpoints.Endpoint endpoint, String token, String contentType) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("Accept-Language", "en");
    }

    private static void assertJsonError(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as("%s → %s %s", what, r.statusCode(), r.body()).isBetween(400, 499);
        assertThat(r.headers().firstValue("Location")).as(what).isEmpty();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("error").isString()).as(what + ": " + r.body()).isTrue();
        assertThat(body.path("message").asString("")).as(what + ": " + r.body()).isNotBlank();
    }

    private Map<String, String> checksums(ApiEndpoints.Endpoint endpoint) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : endpoint.tables()) {
            sums.put(table, String.valueOf(jdbc.queryForMap("CHECKSUM TABLE " + table).get("Checksum")));
        }
        return sums;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " chars)" : text;
    }

    private record Case(String name, String body, boolean exactly400) {
    }
}
