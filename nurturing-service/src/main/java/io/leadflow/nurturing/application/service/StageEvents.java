package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.domain.StageMove;
import java.time.Instant;

/** Nurturing's stage changes as integration events; nurturing is their actor. */
final class StageEvents {

    static final String ACTOR = "nurturing-service";

    private StageEvents() {}

    static LeadStageChangedEvent changed(LeadId lead, StageMove move, Instant at, String correlationId) {
        return new LeadStageChangedEvent(
                EventMetadata.create(
                        LeadStageChangedEvent.TYPE, LeadStageChangedEvent.VERSION, lead, at, correlationId),
                move.from(),
                move.to(),
                move.reason(),
                ACTOR);
    }
}
