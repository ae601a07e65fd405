package io.leadflow.support.deadletter;

import io.leadflow.kernel.event.MessageHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the headers of a dead-lettered message: the failure the binder recorded ({@code x-exception-message} and
 * {@code x-exception-stacktrace}) and the message's own headers, kept for its re-drive without the binder's and the
 * broker's bookkeeping ({@code x-*}).
 */
final class DeadLetterHeaders {

    static final String EVENT_ID = MessageHeaders.EVENT_ID;
    static final String EVENT_TYPE = MessageHeaders.EVENT_TYPE;
    static final String LEAD_ID = MessageHeaders.LEAD_ID;
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    private static final String CAUSED_BY = "Caused by: ";

    private DeadLetterHeaders() {}

    /** The message's own headers, as strings, numbers and booleans. */
    static Map<String, Object> own(Map<String, Object> headers) {
        Map<String, Object> own = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!name.startsWith("x-") && value != null) {
                own.put(name, plain(value));
            }
        });
        return own;
    }

    /**
     * Why the message failed in words: the innermost cause the stack trace names (the binder's own message says only
     * that retrying ended), else the exception message.
     */
    static String failure(Map<String, Object> headers) {
        String stacktrace = stacktrace(headers);
        int cause = stacktrace.lastIndexOf(CAUSED_BY);
        if (cause >= 0) {
            int end = stacktrace.indexOf('\n', cause);
            return stacktrace
                    .substring(cause + CAUSED_BY.length(), end < 0 ? stacktrace.length() : end)
                    .strip();
        }
        Object message = headers.get(EXCEPTION_MESSAGE);
        return message == null ? "(no reason recorded)" : plain(message).toString();
    }

    static String stacktrace(Map<String, Object> headers) {
        Object stacktrace = headers.get(EXCEPTION_STACKTRACE);
        return stacktrace == null ? "" : plain(stacktrace).toString();
    }

    private static Object plain(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }
}
