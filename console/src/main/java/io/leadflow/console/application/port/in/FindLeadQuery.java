package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import java.util.UUID;

/** One lead with its scores and why, its stage moves and its engagements: what marketing reads to see why. */
public interface FindLeadQuery {

    LeadOverview findLead(Caller caller, UUID leadId);
}
