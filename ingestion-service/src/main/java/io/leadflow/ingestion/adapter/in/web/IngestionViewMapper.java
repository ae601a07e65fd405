package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.EngagementPage;
import io.leadflow.ingestion.application.port.in.ImportJobView;
import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.ingestion.domain.ImportJob;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mapstruct.Mapper;

/**
 * What ingestion keeps, as response bodies: a lead's engagements, import jobs and custom event types. Codes in lower
 * case, times as ISO-8601 instants, ids as text.
 */
@Mapper
interface IngestionViewMapper {

    LeadEventsController.EventsPage toResponse(LeadId leadId, EngagementPage page);

    LeadEventsController.EventView toResponse(Engagement engagement);

    ImportController.ImportResponse toResponse(ImportJob job, List<ImportJobView.RowError> errors);

    EventTypeController.EventTypeResponse toResponse(CustomEventType type);

    default String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    default String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    default String text(UUID id) {
        return id == null ? null : id.toString();
    }

    default String text(LeadId id) {
        return id == null ? null : id.toString();
    }
}
