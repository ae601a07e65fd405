package io.leadflow.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventsTest {

    private static final Instant AT = Instant.parse("2026-11-02T09:30:00Z");
    private final LeadId lead = LeadId.newId();

    @Test
    void new_metadata_gets_a_fresh_id_and_keeps_lead_time_and_correlation() {
        EventMetadata a = EventMetadata.create(LeadRejectedEvent.TYPE, 1, lead, AT, "corr-1");
        EventMetadata b = EventMetadata.create(LeadRejectedEvent.TYPE, 1, lead, AT, "corr-1");
        assertThat(a.eventId()).isNotEqualTo(b.eventId());
        assertThat(a.lead()).isEqualTo(lead);
        assertThat(a.occurredAt()).isEqualTo(AT);
        assertThat(a.correlationId()).isEqualTo("corr-1");
    }

    @Test
    void metadata_without_correlation_or_time_or_with_version_zero_is_refused() {
        assertThatThrownBy(() -> new EventMetadata(UUID.randomUUID(), "X", 1, lead.value(), AT, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("correlationId"));
        assertThatThrownBy(() -> new EventMetadata(UUID.randomUUID(), "X", 1, lead.value(), null, "c"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EventMetadata(UUID.randomUUID(), "X", 0, lead.value(), AT, "c"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("version.positive"));
    }

    @Test
    void an_account_qualification_travels_on_the_lifecycle_stream_and_needs_its_account() {
        EventMetadata meta = EventMetadata.create(AccountQualifiedEvent.TYPE, 1, lead, AT, "account-1");

        assertThat(Events.recordFor(AccountQualifiedEvent.TYPE)).contains(AccountQualifiedEvent.class);
        assertThat(Events.streamOf(AccountQualifiedEvent.TYPE)).isEqualTo(EventStreams.LIFECYCLE);
        assertThatThrownBy(() -> new AccountQualifiedEvent(
                        meta, null, "Acme", "acme.com", 1, null, null, null, null, 100, 100, 1, List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("accountId"));
        AccountQualifiedEvent event = new AccountQualifiedEvent(
                meta, UUID.randomUUID(), "Acme", "acme.com", 1, null, null, null, null, 100, 100, 1, null);
        assertThat(event.people()).isEmpty();
    }

    @Test
    void an_event_refuses_metadata_of_another_type() {
        EventMetadata scored = EventMetadata.create(LeadScoredEvent.TYPE, 1, lead, AT, "c");
        assertThatThrownBy(() -> new LeadRejectedEvent(scored, RejectionReason.TIMING, null, "rep-1"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("eventType.mismatch"));
    }

    @Test
    void a_stage_change_event_cannot_describe_a_move_the_lifecycle_forbids() {
        EventMetadata meta = EventMetadata.create(LeadStageChangedEvent.TYPE, 1, lead, AT, "c");
        assertThatThrownBy(() -> new LeadStageChangedEvent(meta, LifecycleStage.NEW, LifecycleStage.WON, "x", "s"))
                .isInstanceOf(IllegalStageTransitionException.class);
        assertThat(new LeadStageChangedEvent(meta, LifecycleStage.NEW, LifecycleStage.MQL, "score 55", "scoring").to())
                .isEqualTo(LifecycleStage.MQL);
    }

    @Test
    void a_won_move_carries_its_amount_with_a_currency_and_refuses_a_negative_one() {
        EventMetadata meta = EventMetadata.create(LeadStageChangedEvent.TYPE, 1, lead, AT, "c");
        var won = new LeadStageChangedEvent(
                meta,
                LifecycleStage.OPPORTUNITY,
                LifecycleStage.WON,
                "won",
                "handoff",
                new java.math.BigDecimal("900"),
                "EUR",
                "rep@example.com");
        assertThat(won.amount()).isEqualByComparingTo("900");
        assertThat(won.assignedTo()).isEqualTo("rep@example.com");
        assertThatThrownBy(() -> new LeadStageChangedEvent(
                        meta,
                        LifecycleStage.OPPORTUNITY,
                        LifecycleStage.WON,
                        "won",
                        "h",
                        new java.math.BigDecimal("-1"),
                        "EUR",
                        null))
                .isInstanceOf(io.leadflow.kernel.InvalidValueException.class)
                .hasMessageContaining("0 or more");
        assertThatThrownBy(() -> new LeadStageChangedEvent(
                        meta,
                        LifecycleStage.OPPORTUNITY,
                        LifecycleStage.WON,
                        "won",
                        "h",
                        new java.math.BigDecimal("5"),
                        null,
                        null))
                .hasMessageContaining("currency");
    }

    @Test
    void an_engagement_keeps_a_copy_of_its_properties_not_the_callers_map() {
        Map<String, String> props = new HashMap<>(Map.of("contentType", "case_study"));
        EngagementRecordedEvent event = new EngagementRecordedEvent(
                EventMetadata.create(EngagementRecordedEvent.TYPE, 1, lead, AT, "c"),
                EngagementType.CONTENT_DOWNLOADED,
                null,
                Channel.CONTENT_FORM,
                "site",
                "q4",
                props);
        props.put("contentType", "ebook");
        assertThat(event.properties()).containsEntry("contentType", "case_study");
        assertThat(event.eventId()).isEqualTo(event.metadata().eventId());
    }

    @Test
    void a_deal_amount_change_travels_on_the_lifecycle_stream_and_names_a_priced_stage() {
        EventMetadata meta = EventMetadata.create(
                DealAmountChangedEvent.TYPE, DealAmountChangedEvent.VERSION, LeadId.newId(), Instant.now(), "c");

        assertThat(Events.streamOf(DealAmountChangedEvent.TYPE)).isEqualTo(EventStreams.LIFECYCLE);
        assertThat(new DealAmountChangedEvent(meta, LifecycleStage.WON, new BigDecimal("25000.00"), "EUR", "hubspot")
                        .amount())
                .isEqualByComparingTo("25000");
        assertThatThrownBy(() -> new DealAmountChangedEvent(meta, LifecycleStage.SQL, BigDecimal.TEN, "EUR", "api"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("stage.priced"));
        assertThatThrownBy(() -> new DealAmountChangedEvent(meta, LifecycleStage.WON, BigDecimal.TEN, "eur", "api"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_catalogue_knows_each_type_and_its_stream() {
        assertThat(Events.recordFor(LeadQualifiedEvent.TYPE)).contains(LeadQualifiedEvent.class);
        assertThat(Events.recordFor("Nope")).isEmpty();
        assertThat(Events.streamOf(EngagementRecordedEvent.TYPE)).isEqualTo(EventStreams.ENGAGEMENTS);
        assertThat(Events.streamOf(LeadRejectedEvent.TYPE)).isEqualTo(EventStreams.LIFECYCLE);
        assertThat(Events.streamOf(LeadScoredEvent.TYPE)).isEqualTo(EventStreams.SCORES);
        assertThatThrownBy(() -> Events.streamOf("Nope")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_qualified_event_keeps_its_reasons_in_order() {
        LeadQualifiedEvent event = new LeadQualifiedEvent(
                EventMetadata.create(LeadQualifiedEvent.TYPE, 1, lead, AT, "c"),
                "default",
                1,
                62,
                "A",
                2,
                true,
                List.of("Demo requested (+50)", "Pricing page visit (+10)"),
                "emea-enterprise",
                Channel.CONTACT_FORM,
                "website",
                "q4-launch");
        assertThat(event.reasons()).containsExactly("Demo requested (+50)", "Pricing page visit (+10)");
        assertThat(event.channel()).isEqualTo(Channel.CONTACT_FORM);
    }

    @Test
    void a_custom_engagement_names_its_registered_type_and_a_known_one_carries_no_custom_name() {
        EventMetadata meta = EventMetadata.create(EngagementRecordedEvent.TYPE, 1, lead, AT, "c");
        assertThatThrownBy(() -> new EngagementRecordedEvent(
                        meta, EngagementType.CUSTOM, null, Channel.WEBSITE, "site", null, Map.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new EngagementRecordedEvent(
                                meta,
                                EngagementType.CUSTOM,
                                "roi_calculator_used",
                                Channel.WEBSITE,
                                "site",
                                null,
                                Map.of())
                        .customType())
                .isEqualTo("roi_calculator_used");
        assertThat(new EngagementRecordedEvent(
                                meta, EngagementType.DEMO_REQUESTED, "ignored", Channel.WEBSITE, "site", null, Map.of())
                        .customType())
                .isNull();
    }

    @Test
    void a_recycled_lead_keeps_its_history_in_order_and_a_breach_is_on_the_lifecycle_stream() {
        LeadRecycledEvent recycled = new LeadRecycledEvent(
                EventMetadata.create(LeadRecycledEvent.TYPE, 1, lead, AT, "c"),
                "score 61",
                1,
                List.of("rejected: NO_BUDGET", "track: Revisit next quarter"));
        assertThat(recycled.history()).containsExactly("rejected: NO_BUDGET", "track: Revisit next quarter");
        assertThat(new LeadRecycledEvent(
                                EventMetadata.create(LeadRecycledEvent.TYPE, 1, lead, AT, "c"), "demo", 2, null)
                        .history())
                .isEmpty();
        assertThat(Events.streamOf(SlaBreachedEvent.TYPE)).isEqualTo(EventStreams.LIFECYCLE);
    }
}
