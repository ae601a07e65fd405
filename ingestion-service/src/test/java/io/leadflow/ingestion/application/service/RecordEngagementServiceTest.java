package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEngagementServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();
    private final RecordEngagementUseCase useCase = IngestionServices.recordEngagement(
            store, store, store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_first_engagement_creates_the_lead_and_publishes_its_profile_and_the_engagement() {
        RecordedEngagement recorded = useCase.recordEngagement(command(null, "Jane@Acme.com", NOW.minusSeconds(60)));

        assertThat(recorded.duplicate()).isFalse();
        assertThat(store.published).hasSize(2);
        ProfileChangedEvent profile = (ProfileChangedEvent) store.published.get(0);
        assertThat(profile.email()).isEqualTo("jane@acme.com");
        assertThat(profile.attributes()).containsEntry(ProfileAttributes.COMPANY_DOMAIN, "acme.com")
                .containsEntry(ProfileAttributes.FREE_MAIL, "false");
        EngagementRecordedEvent engagement = (EngagementRecordedEvent) store.published.get(1);
        assertThat(engagement.metadata().lead()).isEqualTo(recorded.leadId());
        assertThat(engagement.eventId()).isEqualTo(recorded.eventId());
        assertThat(engagement.metadata().occurredAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(engagement.metadata().correlationId()).isEqualTo("corr-1");
    }

    @Test
    void the_same_person_is_the_same_lead_and_their_profile_is_published_once() {
        RecordedEngagement first = useCase.recordEngagement(command(null, "jane@acme.com", NOW));
        RecordedEngagement second = useCase.recordEngagement(command(null, " JANE@acme.com", NOW));

        assertThat(second.leadId()).isEqualTo(first.leadId());
        assertThat(store.published).filteredOn(ProfileChangedEvent.class::isInstance).hasSize(1);
        assertThat(store.published).filteredOn(EngagementRecordedEvent.class::isInstance).hasSize(2);
    }

    @Test
    void a_retried_event_id_is_answered_as_a_duplicate_and_publishes_nothing_more() {
        UUID eventId = UUID.randomUUID();
        RecordedEngagement first = useCase.recordEngagement(command(eventId, "jane@acme.com", NOW));
        int publishedBefore = store.published.size();

        RecordedEngagement retry = useCase.recordEngagement(command(eventId, "jane@acme.com", NOW));

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.eventId()).isEqualTo(eventId);
        assertThat(retry.leadId()).isEqualTo(first.leadId());
        assertThat(store.published).hasSize(publishedBefore);
        assertThat(store.engagements).hasSize(1);
    }

    @Test
    void a_free_mail_address_is_flagged_in_the_profile() {
        useCase.recordEngagement(command(null, "jane@gmail.com", NOW));
        ProfileChangedEvent profile = (ProfileChangedEvent) store.published.getFirst();
        assertThat(profile.attributes()).containsEntry(ProfileAttributes.FREE_MAIL, "true");
    }

    @Test
    void an_event_from_the_future_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> useCase.recordEngagement(command(null, "jane@acme.com", NOW.plusSeconds(3600))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("occurredAt"));
        assertThat(store.engagements).isEmpty();
        assertThat(store.contacts).isEmpty();
        assertThat(store.published).isEmpty();
    }

    private static RecordEngagementCommand command(UUID eventId, String email, Instant at) {
        return new RecordEngagementCommand(eventId, EngagementType.WEBSITE_VISITED, at, EmailAddress.of(email),
                Channel.WEBSITE, "site", "q4", Map.of("url", "/pricing"), "corr-1");
    }
}
