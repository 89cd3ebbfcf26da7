package vn.egov.console.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every {@code /api/**} request meets, ahead of Spring Security. It
 * <ul>
 * <li>refuses a body over the limit with 413 before reading it (by its Content-Length), and caps a streamed
 * (chunked) body at the limit while it is read;</li>
 * <li>refuses a body that is not declared as JSON with 415;</li>
 * <li>turns every error status anything further down sets — a security entry point, Spring MVC's own resolvers,
 * an exception nobody caught — into a JSON answer on the spot, so no error dispatch to {@code /error} (and from
 * there to the login view) can happen, and a redirect never leaves the API.</li>
 * </ul>
 */
class ApiRequestGuard extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final ApiErrors errors;
    private final long maxBodyBytes;

    ApiRequestGuard(ApiErrors errors, long maxBodyBytes) {
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            errors.write(request, response, ApiError.tooLarge(maxBodyBytes), null);
            return;
        }
        if (WITH_BODY.contains(request.getMethod()) && hasBody(request) && !isJson(request.getContentType())) {
            errors.write(request, response, ApiError.unsupportedMediaType(), null);
            return;
        }
        JsonErrorResponse guarded = new JsonErrorResponse(request, response);
        try {
            chain.doFilter(new CappedBodyRequest(request, maxBodyBytes), guarded);
        } catch (IOException | ServletException | RuntimeException e) {
            errors.write(request, response, ApiErrors.classify(e instanceof ServletException s && s.getCause() != null
                    ? s.getCause() : e), e);
            return;
        }
        guarded.finish();
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) return false;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.includes(type) || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Answers any error status with JSON right away instead of dispatching to the servlet container's error page. */
    private final class JsonErrorResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean bodyStarted;
        private boolean answered;

        JsonErrorResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            answered = true;
            errors.write(request, (HttpServletResponse) getResponse(), ApiError.forStatus(status), null);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendError(401);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        /** A bare error status with no body (e.g. from an {@code HttpStatusEntryPoint}) still gets its JSON. */
        void finish() throws IOException {
            if (!answered && !bodyStarted && getStatus() >= 400 && !isCommitted()) {
                errors.write(request, (HttpServletResponse) getResponse(), ApiError.forStatus(getStatus()), null);
            }
        }
    }

    /** A request whose body stream fails once more than the limit has been read, whatever its Content-Length said. */
    private static final class CappedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream capped;

        CappedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) capped = new CappedStream(super.getInputStream(), limit);
            return capped;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) throw new BodyTooLargeException(limit);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
