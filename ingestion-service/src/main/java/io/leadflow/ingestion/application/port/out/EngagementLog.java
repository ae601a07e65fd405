package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.LeadId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The append-only log of engagements, the raw record that everything downstream can be rebuilt from. */
public interface EngagementLog {

    /** Appends the engagements whose event id is new and returns those ids; the others were in the log already. */
    Set<UUID> appendAll(List<Engagement> engagements);

    Map<UUID, Engagement> findAll(Collection<UUID> eventIds);

    /** Gives the identity's waiting (anonymous) engagements to the lead and returns them, now attributed. */
    List<Engagement> attributePending(String identity, LeadId lead);

    /** A lead's engagements, newest first. */
    List<Engagement> ofLead(LeadId lead, long offset, int limit);

    long countOfLead(LeadId lead);
}
