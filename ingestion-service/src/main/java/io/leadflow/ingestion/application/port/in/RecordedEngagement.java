package io.leadflow.ingestion.application.port.in;

import io.leadflow.kernel.LeadId;
import java.util.UUID;

/**
 * The answer to a recorded engagement: its id, the lead it belongs to (null while its visitor is anonymous), and
 * whether it had been recorded before.
 */
public record RecordedEngagement(UUID eventId, LeadId leadId, boolean duplicate) {}
