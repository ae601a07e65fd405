package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.LeadId;
import java.util.Optional;

/** A lead's engagements from the raw log, newest first, one page at a time; empty when the lead is unknown. */
public interface FindLeadEventsQuery {

    Optional<EngagementPage> findLeadEvents(LeadId lead, int page, int size);
}
