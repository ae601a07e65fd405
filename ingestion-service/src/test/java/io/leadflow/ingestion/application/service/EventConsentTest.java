package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consent that comes with an event, and what an anonymous visitor withdrew before anyone knew who they were. */
class EventConsentTest {

    private static final Instant NOW = RecordEngagementServiceTest.NOW;
    private static final EmailAddress EMAIL = EmailAddress.of("rio@contoso.com");
    private static final String VISITOR = RecordEngagementCommand.anonymous("visitor-7");

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();
    private final IngestionServices.Ports ports =
            store.ports(new IngestionSettings(Duration.ofMinutes(5), 2), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void an_event_carrying_a_withdrawal_suppresses_the_person_before_the_event_is_announced_and_carries_the_standing() {
        LeadId lead = event("website_visited", EMAIL, List.of(), new ConsentSignal(false, false), NOW.minusSeconds(30));

        ConsentView standing = consent(lead);
        assertThat(standing.contactSuppressed()).isTrue();
        assertThat(standing.suppressedBecause()).isEqualTo("consent_withdrawn");
        assertThat(standing.suppressedSince()).isEqualTo(NOW.minusSeconds(30));
        assertThat(standing.profilingObjected()).isTrue();
        List<IntegrationEvent> published = store.published;
        ConsentChangedEvent changed = only(ConsentChangedEvent.class);
        EngagementRecordedEvent engagement = only(EngagementRecordedEvent.class);
        assertThat(published.indexOf(changed)).isLessThan(published.indexOf(engagement));
        assertThat(engagement.consent()).isEqualTo(changed);
    }

    @Test
    void consent_given_on_an_event_never_re_subscribes_nor_lifts_an_objection() {
        LeadId lead = event("unsubscribed", EMAIL, List.of(), new ConsentSignal(null, false), NOW.minusSeconds(60));
        event("demo_requested", EMAIL, List.of(), new ConsentSignal(true, true), NOW.minusSeconds(10));

        assertThat(consent(lead).contactSuppressed()).isTrue();
        assertThat(consent(lead).suppressedBecause()).isEqualTo("unsubscribed");
        assertThat(consent(lead).profilingObjected()).isTrue();
        assertThat(all(ConsentChangedEvent.class)).hasSize(1);
        assertThat(all(EngagementRecordedEvent.class))
                .extracting(EngagementRecordedEvent::consent)
                .last()
                .isNull();
    }

    @Test
    void an_anonymous_unsubscribe_is_carried_to_the_person_when_an_identify_links_the_visitor() {
        event("unsubscribed", null, List.of(VISITOR), null, NOW.minusSeconds(600));
        assertThat(all(ConsentChangedEvent.class)).isEmpty();

        LeadId lead = new LeadId(IngestionServices.upsertContact(ports)
                .upsertContact(new UpsertContactCommand(EMAIL, Map.of(), List.of(VISITOR), "c", "segment"))
                .leadId());

        ConsentView standing = consent(lead);
        assertThat(standing.contactSuppressed()).isTrue();
        assertThat(standing.suppressedBecause()).isEqualTo("unsubscribed");
        assertThat(standing.suppressedSince()).isEqualTo(NOW.minusSeconds(600));
        EngagementRecordedEvent attributed = only(EngagementRecordedEvent.class);
        assertThat(attributed.metadata().lead()).isEqualTo(lead);
        assertThat(attributed.consent()).isEqualTo(only(ConsentChangedEvent.class));
    }

    @Test
    void an_anonymous_objection_is_carried_when_a_later_event_names_the_visitor_with_an_e_mail() {
        event("website_visited", null, List.of(VISITOR), new ConsentSignal(null, false), NOW.minusSeconds(300));
        event("website_visited", null, List.of(VISITOR), new ConsentSignal(false, null), NOW.minusSeconds(200));

        LeadId lead = event("form_submitted", EMAIL, List.of(VISITOR), null, NOW.minusSeconds(10));

        ConsentView standing = consent(lead);
        assertThat(standing.profilingObjected()).isTrue();
        assertThat(standing.objectedSince()).isEqualTo(NOW.minusSeconds(300));
        assertThat(standing.contactSuppressed()).isTrue();
        assertThat(standing.suppressedSince()).isEqualTo(NOW.minusSeconds(200));
        assertThat(all(ConsentChangedEvent.class))
                .extracting(ConsentChangedEvent::revision)
                .containsExactly(1L, 2L);
    }

    private LeadId event(String type, EmailAddress email, List<String> identities, ConsentSignal signal, Instant at) {
        return IngestionServices.recordEngagement(ports)
                .recordEngagement(new RecordEngagementCommand(
                        UUID.randomUUID(),
                        type,
                        at,
                        email,
                        identities,
                        Channel.WEBSITE,
                        "site",
                        null,
                        Map.of(),
                        "corr-2",
                        "segment",
                        null,
                        signal))
                .leadId();
    }

    private ConsentView consent(LeadId lead) {
        return IngestionServices.findConsent(ports).findConsent(lead).orElseThrow();
    }

    private <T> List<T> all(Class<T> type) {
        return store.published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T> T only(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
