package io.leadflow.load;

/**
 * What a client knows about one request after sending it. Only {@link #ACCEPTED} promises that the suite keeps the
 * event; {@link #REFUSED} promises that it does not; {@link #UNKNOWN} (a timeout, no answer, a 5xx) promises nothing,
 * so the event may or may not be there afterwards, but at most once.
 */
public enum Outcome {
    ACCEPTED,
    REFUSED,
    UNKNOWN;

    /** A 2xx is accepted, a 4xx refused (except 408, a timeout), anything else unknown. */
    public static Outcome of(int status) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        if (status >= 400 && status < 500 && status != 408) {
            return REFUSED;
        }
        return UNKNOWN;
    }
}
