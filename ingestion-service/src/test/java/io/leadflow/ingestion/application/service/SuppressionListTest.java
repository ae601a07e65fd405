package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.ChangeConsentCommand;
import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuppressionListTest {

    private static final Instant NOW = RecordEngagementServiceTest.NOW;
    private static final String EMAIL = "sam@contoso.com";

    private final InMemoryIngestionStore store = new InMemoryIngestionStore();
    private final IngestionServices.Ports ports =
            store.ports(new IngestionSettings(Duration.ofMinutes(5), 2), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void an_unsubscribe_suppresses_the_person_from_when_it_happened_and_announces_it() {
        LeadId lead = engagement("unsubscribed", NOW.minusSeconds(60));

        ConsentView standing = consent(lead);
        assertThat(standing.contactSuppressed()).isTrue();
        assertThat(standing.suppressedBecause()).isEqualTo("unsubscribed");
        assertThat(standing.suppressedSince()).isEqualTo(NOW.minusSeconds(60));
        assertThat(consentEvents()).singleElement().satisfies(e -> {
            assertThat(e.contactSuppressed()).isTrue();
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.metadata().lead()).isEqualTo(lead);
        });
    }

    @Test
    void a_new_engagement_after_an_unsubscribe_does_not_re_subscribe_and_a_second_unsubscribe_changes_nothing() {
        LeadId lead = engagement("unsubscribed", NOW.minusSeconds(600));
        engagement("website_visited", NOW.minusSeconds(300));
        engagement("unsubscribed", NOW.minusSeconds(60));

        assertThat(consent(lead).contactSuppressed()).isTrue();
        assertThat(consent(lead).suppressedSince()).isEqualTo(NOW.minusSeconds(600));
        assertThat(consentEvents()).hasSize(1);
    }

    @Test
    void only_an_explicit_change_re_subscribes_and_each_change_has_a_higher_revision() {
        LeadId lead = engagement("unsubscribed", NOW.minusSeconds(60));

        ConsentView after = IngestionServices.changeConsent(ports)
                .changeConsent(new ChangeConsentCommand(lead, true, false, "marketing@leadflow.test", "c"))
                .orElseThrow();

        assertThat(after.contactSuppressed()).isFalse();
        assertThat(after.suppressedSince()).isNull();
        assertThat(after.profilingObjected()).isTrue();
        assertThat(after.objectedSince()).isEqualTo(NOW);
        assertThat(after.changedBy()).isEqualTo("marketing@leadflow.test");
        assertThat(consentEvents()).extracting(ConsentChangedEvent::revision).containsExactly(1L, 2L);
    }

    @Test
    void consent_flags_on_a_profile_withdraw_and_give_consent_but_a_flag_sent_again_unchanged_is_no_signal() {
        LeadId lead = profile(Map.of("consent.email", "true"));
        assertThat(consent(lead).contactSuppressed()).isFalse();
        assertThat(consentEvents()).isEmpty();

        profile(Map.of("consent.email", "false", "consent.profiling", "false"));
        assertThat(consent(lead).contactSuppressed()).isTrue();
        assertThat(consent(lead).suppressedBecause()).isEqualTo("consent_withdrawn");
        assertThat(consent(lead).profilingObjected()).isTrue();

        engagement("unsubscribed", NOW.minusSeconds(10));
        profile(Map.of("consent.email", "false"));
        assertThat(consentEvents()).hasSize(1);

        profile(Map.of("consent.marketing", "true"));
        assertThat(consent(lead).contactSuppressed()).isFalse();
        assertThat(consent(lead).profilingObjected()).isTrue();
        assertThat(consentEvents()).hasSize(2);
    }

    @Test
    void an_unknown_lead_has_no_standing_and_a_change_must_name_something() {
        assertThat(IngestionServices.findConsent(ports).findConsent(LeadId.newId()))
                .isEmpty();
        assertThatThrownBy(() -> new ChangeConsentCommand(LeadId.newId(), null, null, "m", "c"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("marketing");
    }

    private ConsentView consent(LeadId lead) {
        return IngestionServices.findConsent(ports).findConsent(lead).orElseThrow();
    }

    private List<ConsentChangedEvent> consentEvents() {
        return store.published.stream()
                .filter(ConsentChangedEvent.class::isInstance)
                .map(ConsentChangedEvent.class::cast)
                .toList();
    }

    private LeadId engagement(String type, Instant at) {
        return IngestionServices.recordEngagement(ports)
                .recordEngagement(new RecordEngagementCommand(
                        UUID.randomUUID(),
                        type,
                        at,
                        EmailAddress.of(EMAIL),
                        List.of(),
                        Channel.EMAIL,
                        "newsletter",
                        null,
                        Map.of(),
                        "corr-1",
                        "native",
                        null,
                        null))
                .leadId();
    }

    private LeadId profile(Map<String, String> changes) {
        return new LeadId(IngestionServices.upsertContact(ports)
                .upsertContact(new UpsertContactCommand(EmailAddress.of(EMAIL), changes, List.of(), "c", "native"))
                .leadId());
    }
}
