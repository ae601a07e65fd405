package io.leadflow.ingestion.adapter.in.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses oversize bodies with a 413 problem before they are read into memory: by {@code Content-Length} when the
 * client sends one, and by counting the bytes of a chunked body. Limits per endpoint come from
 * {@link WebLimits}: Segment's 32KB per call and 500KB per batch, the native API's own. A gzip-compressed Segment
 * call ({@link SegmentBody}) is counted as it unpacks, so the limit holds for the decompressed body.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    /** Thrown from the counting stream; the problem handler turns it into a 413. */
    static final class TooLargeException extends IOException {

        private final long limit;

        TooLargeException(long limit) {
            super("body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final WebLimits limits;
    private final JsonMapper json;

    RequestSizeLimit(WebLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request.getRequestURI());
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(ProblemHandler.tooLarge(limit)));
            return;
        }
        HttpServletRequest body = request;
        if (isTrackingCall(request.getRequestURI())) {
            if (SegmentBody.isUnsupported(request)) {
                response.setStatus(415);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getOutputStream()
                        .write(json.writeValueAsBytes(
                                ProblemHandler.unsupportedEncoding(request.getHeader("Content-Encoding"))));
                return;
            }
            body = SegmentBody.of(request);
        }
        chain.doFilter(new Limited(body, limit), response);
    }

    /** Segment's tracking endpoints, which read JSON whatever its declared type, gzip or not; the native API stays strict. */
    private static boolean isTrackingCall(String path) {
        return path.startsWith("/v1/");
    }

    private long limitOf(String path) {
        if (path.startsWith("/v1/batch") || path.startsWith("/v1/import")) {
            return limits.segmentBatch().toBytes();
        }
        if (path.startsWith("/v1/")) {
            return limits.segmentCall().toBytes();
        }
        if (path.equals("/api/v1/events/batch")) {
            return limits.batch().toBytes();
        }
        if (path.startsWith("/api/v1/imports")) {
            return limits.importFile().toBytes();
        }
        if (path.startsWith("/api/v1/")) {
            return limits.single().toBytes();
        }
        return 0;
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new TooLargeException(limit);
                    }
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
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }
}
