package io.leadflow.support.webhook;

/**
 * What became of one signed POST: the receiver took it (a 2xx), answered it with an error (any other status, a
 * redirect included), was never asked because its address is refused, or could not be reached. {@code status} is the
 * receiver's answer where there was one; {@code detail} says what went wrong, cut to a length fit for a log or a
 * delivery record.
 */
public record WebhookAttempt(Result result, Integer status, String detail) {

    /** The four ends of an attempt. */
    public enum Result {
        DELIVERED,
        ANSWERED_WITH_ERROR,
        TARGET_REFUSED,
        UNREACHABLE
    }

    public boolean delivered() {
        return result == Result.DELIVERED;
    }
}
