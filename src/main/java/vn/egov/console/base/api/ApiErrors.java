package vn.egov.console.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.i18n.Messages;

/**
 * Turns whatever went wrong under {@code /api/**} into a JSON answer in the caller's language (Vietnamese unless
 * {@code Accept-Language: en}), and logs it: a client's mistake as one WARN line without stack trace (it is theirs
 * to fix, and a fuzzing client must not flood the log), a fault of ours as ERROR with the stack trace and a reference
 * that the answer repeats.
 */
@Component
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    /** What the caller is told for an exception thrown while serving an API request. */
    static ApiError classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            switch (t) {
                case BodyTooLargeException tooLarge -> { return ApiError.tooLarge(tooLarge.limit()); }
                case HttpMediaTypeNotSupportedException ignored -> { return ApiError.unsupportedMediaType(); }
                case HttpRequestMethodNotSupportedException ignored -> { return ApiError.forStatus(405); }
                case JacksonException ignored -> { return ApiError.malformedJson(); }
                case AccessDeniedException ignored -> { return ApiError.forStatus(403); }
                case AuthenticationException ignored -> { return ApiError.forStatus(401); }
                default -> { }
            }
        }
        // Spring's own client errors, recognised only at the top so that a wrapped fault of ours stays a 500
        return switch (thrown) {
            case HttpMessageNotReadableException ignored -> ApiError.malformedJson();
            case ServletRequestBindingException ignored -> ApiError.badRequest();
            case TypeMismatchException ignored -> ApiError.badRequest();
            case ErrorResponse response -> ApiError.forStatus(response.getStatusCode().value());
            default -> ApiError.forStatus(500);
        };
    }

    void write(HttpServletRequest request, HttpServletResponse response, ApiError error, Throwable cause)
            throws IOException {
        String reference = null;
        if (error.clientError()) {
            log.warn("API {} {} {} from {}: {}{}", error.status(), request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), error.code(), cause == null ? "" : " (" + oneLine(cause) + ")");
        } else {
            reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            log.error("API {} {} {} from {}, reference {}", error.status(), request.getMethod(),
                    request.getRequestURI(), request.getRemoteAddr(), reference, cause);
        }
        if (response.isCommitted()) return;
        Locale locale = locale(request.getHeader("Accept-Language"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code());
        body.put("message", reference == null ? messages.get(locale, error.messageKey(), error.arguments())
                : messages.get(locale, error.messageKey(), reference));
        response.resetBuffer();
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Formats.ENGLISH : Formats.VIETNAMESE;
    }

    /** The innermost message, shortened: enough to recognise the mistake in the log, never a stack trace. */
    private static String oneLine(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        text = text.replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
