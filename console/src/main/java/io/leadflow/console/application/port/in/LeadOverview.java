package io.leadflow.console.application.port.in;

import io.leadflow.console.application.LeadDetail;
import io.leadflow.console.application.LeadEvents;

/** A lead's page: what scoring says of it, and its newest engagements from ingestion. */
public record LeadOverview(LeadDetail lead, LeadEvents events) {}
