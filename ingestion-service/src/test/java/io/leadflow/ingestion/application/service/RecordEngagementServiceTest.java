package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.EngagementOutcome;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.domain.CustomEventType;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEngagementServiceTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();
    private final IngestionServices.Ports ports =
            store.ports(new IngestionSettings(Duration.ofMinutes(5), 2), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_first_engagement_creates_the_lead_and_publishes_its_profile_and_the_engagement() {
        RecordedEngagement recorded = record(command(null, "Jane@Acme.com", NOW.minusSeconds(60)));

        assertThat(recorded.duplicate()).isFalse();
        assertThat(store.published).hasSize(2);
        ProfileChangedEvent profile = (ProfileChangedEvent) store.published.get(0);
        assertThat(profile.email()).isEqualTo("jane@acme.com");
        assertThat(profile.attributes())
                .containsEntry(ProfileAttributes.COMPANY_DOMAIN, "acme.com")
                .containsEntry(ProfileAttributes.FREE_MAIL, "false");
        EngagementRecordedEvent engagement = (EngagementRecordedEvent) store.published.get(1);
        assertThat(engagement.metadata().lead()).isEqualTo(recorded.leadId());
        assertThat(engagement.eventId()).isEqualTo(recorded.eventId());
        assertThat(engagement.metadata().occurredAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(engagement.metadata().correlationId()).isEqualTo("corr-1");
        assertThat(store.accepted).containsEntry("native", 1);
    }

    @Test
    void an_engagement_without_a_time_happened_when_it_was_received() {
        record(command(null, "jane@acme.com", null));

        EngagementRecordedEvent engagement = (EngagementRecordedEvent) store.published.get(1);
        assertThat(engagement.metadata().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void the_same_person_is_the_same_lead_and_their_profile_is_published_once() {
        RecordedEngagement first = record(command(null, "jane@acme.com", NOW));
        RecordedEngagement second = record(command(null, " JANE@acme.com", NOW));

        assertThat(second.leadId()).isEqualTo(first.leadId());
        assertThat(store.published)
                .filteredOn(ProfileChangedEvent.class::isInstance)
                .hasSize(1);
        assertThat(store.published)
                .filteredOn(EngagementRecordedEvent.class::isInstance)
                .hasSize(2);
    }

    @Test
    void a_retried_event_id_is_answered_with_the_first_ids_and_publishes_nothing_more() {
        UUID eventId = UUID.randomUUID();
        RecordedEngagement first = record(command(eventId, "jane@acme.com", NOW));
        int publishedBefore = store.published.size();

        RecordedEngagement retry = record(command(eventId, "jane@acme.com", NOW));

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.eventId()).isEqualTo(eventId);
        assertThat(retry.leadId()).isEqualTo(first.leadId());
        assertThat(store.published).hasSize(publishedBefore);
        assertThat(store.engagements).hasSize(1);
    }

    @Test
    void an_event_id_sent_again_for_another_person_is_refused_and_changes_nothing() {
        UUID eventId = UUID.randomUUID();
        record(command(eventId, "jane@acme.com", NOW));
        int publishedBefore = store.published.size();

        assertThatThrownBy(() -> record(command(eventId, "john@contoso.com", NOW)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("eventId");
                    assertThat(e.rule()).isEqualTo("eventId.reused");
                    assertThat(e.getMessage()).contains(eventId.toString()).doesNotContain("jane");
                });
        assertThat(store.engagements).hasSize(1);
        assertThat(store.contacts).containsOnlyKeys(EmailAddress.of("jane@acme.com"));
        assertThat(store.published).hasSize(publishedBefore);
    }

    @Test
    void an_event_id_sent_again_with_another_type_is_refused_but_a_later_time_is_still_a_repeat() {
        UUID eventId = UUID.randomUUID();
        RecordedEngagement first = record(command(eventId, "jane@acme.com", NOW.minusSeconds(60)));
        RecordEngagementCommand otherType = new RecordEngagementCommand(
                eventId,
                "demo_requested",
                NOW,
                EmailAddress.of("jane@acme.com"),
                List.of(),
                Channel.WEBSITE,
                null,
                null,
                Map.of(),
                "corr-1",
                "native",
                null,
                null);

        assertThatThrownBy(() -> record(otherType))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("eventId.reused"));
        RecordedEngagement corrected = record(command(eventId, "Jane@Acme.com", NOW));
        assertThat(corrected.duplicate())
                .as("a sender's clock correction moves the time between retries")
                .isTrue();
        assertThat(corrected.leadId()).isEqualTo(first.leadId());
    }

    @Test
    void an_anonymous_event_sent_again_under_its_identity_is_a_repeat_and_under_another_is_refused() {
        UUID eventId = UUID.randomUUID();
        RecordedEngagement first = record(anonymous(eventId, "anon-1"));

        assertThat(record(anonymous(eventId, "anon-1")).duplicate()).isTrue();
        assertThatThrownBy(() -> record(anonymous(eventId, "anon-2")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("eventId.reused"));
        assertThat(first.leadId()).isNull();
        assertThat(store.engagements).hasSize(1);
    }

    @Test
    void a_free_mail_address_is_flagged_and_gets_no_company_domain() {
        record(command(null, "jane@gmail.com", NOW));
        ProfileChangedEvent profile = (ProfileChangedEvent) store.published.getFirst();
        assertThat(profile.attributes())
                .containsEntry(ProfileAttributes.FREE_MAIL, "true")
                .doesNotContainKey(ProfileAttributes.COMPANY_DOMAIN);
    }

    @Test
    void an_event_beyond_the_allowed_clock_skew_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> record(command(null, "jane@acme.com", NOW.plus(Duration.ofMinutes(6)))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("occurredAt.notInFuture"));
        record(command(null, "jane@acme.com", NOW.plus(Duration.ofMinutes(4))));
        assertThat(store.engagements).hasSize(1);
    }

    @Test
    void an_anonymous_visitors_events_wait_and_become_the_leads_once_a_form_links_the_id_to_an_e_mail() {
        RecordedEngagement visit = record(anonymous("anon-7", "website_visited"));
        RecordedEngagement pricing = record(anonymous("anon-7", "pricing_page_visited"));
        assertThat(visit.leadId()).isNull();
        assertThat(store.published).isEmpty();

        RecordEngagementCommand form = new RecordEngagementCommand(
                null,
                "form_submitted",
                NOW,
                EmailAddress.of("sam@contoso.com"),
                List.of(RecordEngagementCommand.anonymous("anon-7")),
                Channel.CONTENT_FORM,
                null,
                null,
                Map.of(),
                "corr-2",
                "native",
                null,
                null);
        RecordedEngagement submitted = record(form);

        assertThat(store.published)
                .filteredOn(EngagementRecordedEvent.class::isInstance)
                .extracting(e -> ((EngagementRecordedEvent) e).eventId())
                .containsExactlyInAnyOrder(visit.eventId(), pricing.eventId(), submitted.eventId());
        assertThat(store.published)
                .filteredOn(EngagementRecordedEvent.class::isInstance)
                .allSatisfy(e -> assertThat(e.metadata().lead()).isEqualTo(submitted.leadId()));
        RecordedEngagement later = record(anonymous("anon-7", "email_opened"));
        assertThat(later.leadId()).as("the id stays linked").isEqualTo(submitted.leadId());
        assertThat(IngestionServices.findLeadEvents(ports)
                        .findLeadEvents(submitted.leadId(), 0, 10)
                        .orElseThrow()
                        .total())
                .isEqualTo(4);
    }

    @Test
    void a_custom_type_is_accepted_once_an_admin_registered_it_and_travels_by_name() {
        assertThatThrownBy(() -> record(typed("Podcast Listened")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.rule()).isEqualTo("type.unknown");
                    assertThat(e.getMessage()).contains("demo_requested");
                });
        IngestionServices.manageEventTypes(ports)
                .registerEventType(
                        new CustomEventType("podcast-listened", "listened to our podcast", NOW, "admin@leadflow.io"));

        record(typed("Podcast Listened"));

        EngagementRecordedEvent event = (EngagementRecordedEvent) store.published.getLast();
        assertThat(event.engagementType()).isEqualTo(EngagementType.CUSTOM);
        assertThat(event.customType()).isEqualTo("podcast_listened");
    }

    @Test
    void a_batch_keeps_its_valid_items_answers_each_in_order_and_refuses_an_id_repeated_for_another_person() {
        UUID repeated = UUID.randomUUID();
        List<EngagementOutcome> outcomes = IngestionServices.recordEngagements(ports)
                .recordEngagements(List.of(
                        command(repeated, "a@acme.com", NOW),
                        typed("telepathy"),
                        command(repeated, "a@acme.com", NOW),
                        command(null, "b@acme.com", NOW),
                        command(repeated, "c@acme.com", NOW)));

        assertThat(outcomes).extracting(EngagementOutcome::isRecorded).containsExactly(true, false, true, true, false);
        assertThat(outcomes.get(1).refusal().rule()).isEqualTo("type.unknown");
        assertThat(outcomes.get(2).recorded().duplicate()).isTrue();
        assertThat(outcomes.get(2).recorded().leadId())
                .isEqualTo(outcomes.get(0).recorded().leadId());
        assertThat(outcomes.get(4).refusal().rule())
                .as("the same id for another person")
                .isEqualTo("eventId.reused");
        assertThat(store.engagements).hasSize(2);
        assertThat(store.contacts)
                .as("nobody is created for a refused item")
                .doesNotContainKey(EmailAddress.of("c@acme.com"));
        assertThat(store.published)
                .filteredOn(EngagementRecordedEvent.class::isInstance)
                .hasSize(2);
    }

    private RecordedEngagement record(RecordEngagementCommand command) {
        return IngestionServices.recordEngagement(ports).recordEngagement(command);
    }

    static RecordEngagementCommand command(UUID eventId, String email, Instant at) {
        return new RecordEngagementCommand(
                eventId,
                "website_visited",
                at,
                EmailAddress.of(email),
                List.of(),
                Channel.WEBSITE,
                "site",
                "q4",
                Map.of("url", "/pricing"),
                "corr-1",
                "native",
                null,
                null);
    }

    private static RecordEngagementCommand anonymous(String anonymousId, String type) {
        return new RecordEngagementCommand(
                null,
                type,
                NOW.minusSeconds(30),
                null,
                List.of(RecordEngagementCommand.anonymous(anonymousId)),
                Channel.WEBSITE,
                null,
                null,
                Map.of(),
                "corr-1",
                "native",
                null,
                null);
    }

    private static RecordEngagementCommand anonymous(UUID eventId, String anonymousId) {
        return new RecordEngagementCommand(
                eventId,
                "website_visited",
                NOW.minusSeconds(30),
                null,
                List.of(RecordEngagementCommand.anonymous(anonymousId)),
                Channel.WEBSITE,
                null,
                null,
                Map.of(),
                "corr-1",
                "native",
                null,
                null);
    }

    private static RecordEngagementCommand typed(String type) {
        return new RecordEngagementCommand(
                null,
                type,
                NOW,
                EmailAddress.of("jane@acme.com"),
                List.of(),
                Channel.OTHER,
                null,
                null,
                Map.of(),
                "corr-1",
                "native",
                null,
                null);
    }
}
