package vn.egov.console.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.console.base.i18n.Messages;

/**
 * The generic part: whatever an API controller (or the layers around it) gets wrong reaches the caller as a JSON
 * error with the right status, in their language — for endpoints that do not catch anything themselves.
 */
class ApiErrorHandlingTest {

    private final ApiErrors errors = new ApiErrors(new Messages());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new CarelessController())
            .setControllerAdvice(new ApiExceptionHandler(errors))
            .addFilter(new ApiRequestGuard(errors, 1000), "/api/*")
            .build();

    @RestController
    static class CarelessController {
        private static final JsonMapper JSON = JsonMapper.builder().build();

        /** Reads a field as text without checking its type, as the docflow API once did. */
        @PostMapping("/api/careless")
        String careless(@RequestBody String body) {
            return JSON.readTree(body).get("month").asString();
        }

        @GetMapping("/api/bug")
        String bug() {
            throw new IllegalStateException("a fault of ours");
        }

        @GetMapping("/api/elsewhere")
        void elsewhere(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
            response.sendRedirect("/login");
        }

        @GetMapping("/api/denied")
        void denied(jakarta.servlet.http.HttpServletResponse response) {
            response.setStatus(403);
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsA400InJsonNotAnErrorPage() throws Exception {
        var r = perform(post("/api/careless").contentType(MediaType.APPLICATION_JSON).content("{\"month\": {\"a\":1}}")
                .header("Accept-Language", "en"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/json");
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":\"malformedJson\",\"message\":\"The request body is not valid JSON of the expected shape.\"}");
        assertThat(r.getForwardedUrl()).isNull();
    }

    @Test
    void aFaultOfOursIsA500InJsonWithAReferenceForTheLog() throws Exception {
        var r = perform(get("/api/bug"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).startsWith("{\"error\":\"internalError\"")
                .contains("mã tham chiếu");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        String big = "{\"month\": \"" + "x".repeat(2000) + "\"}";
        var declared = perform(post("/api/careless").contentType(MediaType.APPLICATION_JSON).content(big));
        assertThat(declared.getStatus()).isEqualTo(413);
        assertThat(declared.getContentAsString(StandardCharsets.UTF_8)).contains("bodyTooLarge");

    }

    @Test
    void aBodyThatIsNotDeclaredJsonIs415() throws Exception {
        var r = perform(post("/api/careless").contentType(MediaType.TEXT_PLAIN).content("{\"month\": \"2026-10\"}"));
        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Content-Type: application/json");
    }

    @Test
    void neitherARedirectNorABareStatusLeavesTheApi() throws Exception {
        var redirect = perform(get("/api/elsewhere"));
        assertThat(redirect.getStatus()).isEqualTo(401);
        assertThat(redirect.getRedirectedUrl()).isNull();
        assertThat(redirect.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"unauthorized\"");

        var bare = perform(get("/api/denied"));
        assertThat(bare.getStatus()).isEqualTo(403);
        assertThat(bare.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"forbidden\"");

        var missing = perform(get("/api/nothing-here"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"notFound\"");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
