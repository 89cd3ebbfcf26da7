package vn.egov.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Whatever an API controller does not answer itself (a body that breaks its parser, a missing header, a fault of
 * ours) becomes a JSON error here rather than an error dispatch. Scoped to {@code @RestController}s: in this
 * application only the {@code /api/**} endpoints are REST controllers; the UI is Vaadin.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final ApiErrors errors;

    ApiExceptionHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(Exception.class)
    void handle(Exception thrown, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, ApiErrors.classify(thrown), thrown);
    }
}
