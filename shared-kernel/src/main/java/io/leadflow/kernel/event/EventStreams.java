package io.leadflow.kernel.event;

/** The destinations (topic exchanges) between services; producers and consumers must agree on these names. */
public final class EventStreams {

    public static final String ENGAGEMENTS = "lead.engagements";
    public static final String PROFILES = "lead.profiles";
    public static final String LIFECYCLE = "lead.lifecycle";
    public static final String SCORES = "lead.scores";
    /** Each person's standing on the suppression list, from ingestion to the other services. */
    public static final String CONSENT = "lead.consent";
    /** Data subjects' requests (erasure, export), from ingestion to the other services. */
    public static final String PRIVACY = "lead.privacy";
    /** The other services' answers to those requests (receipts, export parts), back to ingestion. */
    public static final String PRIVACY_RECEIPTS = "lead.privacy-receipts";

    private EventStreams() {}
}
