package io.leadflow.kernel;

/**
 * What a person did. Ingestion records these, scoring turns them into points; some are direct buying signals that
 * qualify a lead at once, others are negatives that take points away.
 */
public enum EngagementType {
    EMAIL_OPENED(Kind.ENGAGEMENT),
    EMAIL_CLICKED(Kind.ENGAGEMENT),
    WEBSITE_VISITED(Kind.ENGAGEMENT),
    PRICING_PAGE_VISITED(Kind.ENGAGEMENT),
    CONTENT_DOWNLOADED(Kind.ENGAGEMENT),
    FORM_SUBMITTED(Kind.ENGAGEMENT),
    WEBINAR_REGISTERED(Kind.ENGAGEMENT),
    WEBINAR_ATTENDED(Kind.ENGAGEMENT),
    EVENT_ATTENDED(Kind.ENGAGEMENT),
    BOOTH_VISITED(Kind.ENGAGEMENT),
    FOLLOW_UP_REQUESTED(Kind.ENGAGEMENT),
    MEETING_BOOKED(Kind.BUYING_SIGNAL),
    DEMO_REQUESTED(Kind.BUYING_SIGNAL),
    TRIAL_STARTED(Kind.BUYING_SIGNAL),
    QUOTE_REQUESTED(Kind.BUYING_SIGNAL),
    UNSUBSCRIBED(Kind.NEGATIVE),
    EMAIL_BOUNCED(Kind.NEGATIVE),
    CUSTOM(Kind.ENGAGEMENT);

    /** Whether an engagement adds interest, qualifies at once, or counts against the lead. */
    public enum Kind {
        ENGAGEMENT,
        BUYING_SIGNAL,
        NEGATIVE
    }

    private final Kind kind;

    EngagementType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Demo, quote, trial or meeting: intent to buy that may fast-track a lead that fits. */
    public boolean isBuyingSignal() {
        return kind == Kind.BUYING_SIGNAL;
    }

    public boolean isNegative() {
        return kind == Kind.NEGATIVE;
    }

    public static EngagementType parse(String text) {
        return Codes.parse(EngagementType.class, "type", text);
    }
}
