package io.leadflow.ingestion.adapter.in.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * The body of a Segment tracking call as the SDKs send it, read as the JSON it is. Server-side SDKs send batches
 * gzip-compressed ({@code Content-Encoding: gzip}), and some with a {@code Content-Type} other than JSON (an HTTP
 * client's default form type): everything after this wrapper sees the plain JSON body. {@link RequestSizeLimit}
 * counts the bytes of the decompressed stream, so the endpoint's limit applies to what the body unpacks to and a
 * small body that unpacks to gigabytes (a decompression bomb) is cut off at the limit with a 413.
 */
final class SegmentBody extends HttpServletRequestWrapper {

    /** A body that says it is gzip but is not; the problem handler answers 400 {@code body.gzip}. */
    static final class NotGzipException extends IOException {
        NotGzipException(Throwable cause) {
            super("the body is declared gzip-compressed but is not valid gzip: " + cause.getMessage(), cause);
        }
    }

    private static final String CONTENT_ENCODING = "Content-Encoding";
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String CONTENT_LENGTH = "Content-Length";
    private static final String JSON = "application/json";

    private final boolean gzip;

    private SegmentBody(HttpServletRequest request, boolean gzip) {
        super(request);
        this.gzip = gzip;
    }

    /** Whether the request's body is gzip-compressed (the only encoding SDKs use). */
    static boolean isGzip(HttpServletRequest request) {
        String encoding = request.getHeader(CONTENT_ENCODING);
        return encoding != null && encoding.strip().toLowerCase(Locale.ROOT).equals("gzip");
    }

    /** An encoding other than gzip or identity, which LeadFlow cannot read. */
    static boolean isUnsupported(HttpServletRequest request) {
        String encoding = request.getHeader(CONTENT_ENCODING);
        if (encoding == null || encoding.isBlank()) {
            return false;
        }
        String name = encoding.strip().toLowerCase(Locale.ROOT);
        return !name.equals("gzip") && !name.equals("identity");
    }

    /** The call as JSON, unpacked when it came gzip-compressed. */
    static HttpServletRequest of(HttpServletRequest request) {
        return new SegmentBody(request, isGzip(request));
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream compressed = super.getInputStream();
        if (!gzip) {
            return compressed;
        }
        InputStream plain;
        try {
            plain = new GZIPInputStream(compressed, 8192);
        } catch (ZipException | java.io.EOFException e) {
            throw new NotGzipException(e);
        }
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                try {
                    return plain.read();
                } catch (ZipException | java.io.EOFException e) {
                    throw new NotGzipException(e);
                }
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                try {
                    return plain.read(buffer, off, len);
                } catch (ZipException | java.io.EOFException e) {
                    throw new NotGzipException(e);
                }
            }

            @Override
            public boolean isFinished() {
                return compressed.isFinished();
            }

            @Override
            public boolean isReady() {
                return compressed.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                compressed.setReadListener(listener);
            }
        };
    }

    @Override
    public int getContentLength() {
        return gzip ? -1 : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return gzip ? -1 : super.getContentLengthLong();
    }

    @Override
    public String getContentType() {
        return JSON;
    }

    @Override
    public @Nullable String getHeader(String name) {
        if (CONTENT_TYPE.equalsIgnoreCase(name)) {
            return JSON;
        }
        return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (CONTENT_TYPE.equalsIgnoreCase(name)) {
            return Collections.enumeration(List.of(JSON));
        }
        return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !hidden(name))
                .toList());
    }

    /** Once unpacked, the body has no encoding and a length nobody knows before reading it. */
    private boolean hidden(String name) {
        return gzip && (CONTENT_ENCODING.equalsIgnoreCase(name) || CONTENT_LENGTH.equalsIgnoreCase(name));
    }
}
