package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;

/** Scoring has never heard of this lead: no engagement, profile or stage change has arrived for it. */
public class LeadNotFoundException extends RuntimeException {

    private final transient LeadId leadId;

    public LeadNotFoundException(LeadId leadId) {
        super("no lead " + leadId + " is known to scoring");
        this.leadId = leadId;
    }

    public LeadId leadId() {
        return leadId;
    }
}
