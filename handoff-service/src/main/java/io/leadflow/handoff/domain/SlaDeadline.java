package io.leadflow.handoff.domain;

/** The names of the two SLA deadlines, as SlaBreached carries them. */
public final class SlaDeadline {

    public static final String ACCEPT = "accept";
    public static final String DECIDE = "decide";

    private SlaDeadline() {}
}
