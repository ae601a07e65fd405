package io.leadflow.kernel.event;

/** The destinations (topic exchanges) between services; producers and consumers must agree on these names. */
public final class EventStreams {

    public static final String ENGAGEMENTS = "lead.engagements";
    public static final String PROFILES = "lead.profiles";
    public static final String LIFECYCLE = "lead.lifecycle";
    public static final String SCORES = "lead.scores";
    public static final String CONSENT = "lead.consent";

    private EventStreams() {}
}
