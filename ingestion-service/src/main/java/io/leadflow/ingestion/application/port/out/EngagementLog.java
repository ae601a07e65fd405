package io.leadflow.ingestion.application.port.out;

import io.leadflow.ingestion.domain.Engagement;
import java.util.Optional;
import java.util.UUID;

/** The append-only log of engagements, the raw record that everything downstream can be rebuilt from. */
public interface EngagementLog {

    /** Appends the engagement; false when one with the same event id is already in the log. */
    boolean append(Engagement engagement);

    Optional<Engagement> find(UUID eventId);
}
