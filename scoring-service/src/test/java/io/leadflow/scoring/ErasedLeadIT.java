package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import io.leadflow.support.testing.LeadTraces;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No resurrection after an erasure, through the real RabbitMQ and PostgreSQL: events about an erased lead that arrive
 * late (an engagement, a profile, a stage change, a consent standing) or again are acknowledged and skipped, and
 * afterwards no table of scoring names the lead and its page is gone.
 */
class ErasedLeadIT extends ScoringItSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void events_about_an_erased_lead_that_arrive_late_or_again_bring_nothing_back() throws Exception {
        LeadId lead = LeadId.newId();
        EngagementRecordedEvent demo = engagement(lead, EngagementType.DEMO_REQUESTED);
        send(EventStreams.PROFILES, profile(lead));
        send(EventStreams.ENGAGEMENTS, demo);
        await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && view.path("score").asInt() > 0);

        UUID requestId = UUID.randomUUID();
        send(
                EventStreams.PRIVACY,
                new ErasureRequestedEvent(
                        EventMetadata.create(ErasureRequestedEvent.TYPE, 1, new LeadId(requestId), Instant.now(), "it"),
                        requestId,
                        List.of(lead.value())));
        await().atMost(PATIENCE)
                .until(() -> count("select count(*) from erased_lead where lead_id = :lead", lead) == 1);
        double skippedBefore = skipped();

        List<IntegrationEvent> late = List.of(
                engagement(lead, EngagementType.PRICING_PAGE_VISITED),
                profile(lead),
                new LeadStageChangedEvent(
                        EventMetadata.create(LeadStageChangedEvent.TYPE, 1, lead, Instant.now(), "it"),
                        LifecycleStage.NEW,
                        LifecycleStage.MQL,
                        "score",
                        "scoring-service"),
                new ConsentChangedEvent(
                        EventMetadata.create(ConsentChangedEvent.TYPE, 1, lead, Instant.now(), "it"),
                        false,
                        null,
                        null,
                        false,
                        null,
                        7));
        for (IntegrationEvent event : late) {
            send(stream(event), event);
        }
        send(EventStreams.ENGAGEMENTS, demo);

        for (IntegrationEvent event : late) {
            await().atMost(PATIENCE)
                    .until(() -> jdbc.sql("select count(*) from processed_event where event_id = :id")
                                    .param("id", event.eventId())
                                    .query(Long.class)
                                    .single()
                            == 1);
        }
        assertThat(LeadTraces.of(jdbc, lead.value()))
                .as("tables naming the erased lead")
                .isEmpty();
        assertThat(leadView(lead)).as("the erased lead's page").isNull();
        assertThat(skipped()).as("skipped events, counted").isGreaterThanOrEqualTo(skippedBefore + late.size());
    }

    private static String stream(IntegrationEvent event) {
        return switch (event) {
            case EngagementRecordedEvent e -> EventStreams.ENGAGEMENTS;
            case ProfileChangedEvent p -> EventStreams.PROFILES;
            case ConsentChangedEvent c -> EventStreams.CONSENT;
            default -> EventStreams.LIFECYCLE;
        };
    }

    private double skipped() {
        return meters.counter("leadflow.privacy.erased.skipped").count();
    }

    private static ProfileChangedEvent profile(LeadId lead) {
        return new ProfileChangedEvent(
                EventMetadata.create(
                        ProfileChangedEvent.TYPE, 1, lead, Instant.now().minusSeconds(2), "it"),
                "erin." + lead + "@acme-industrial.com",
                Map.of(ProfileAttributes.COMPANY_DOMAIN, "acme-industrial.com", ProfileAttributes.FREE_MAIL, "false"));
    }

    private static EngagementRecordedEvent engagement(LeadId lead, EngagementType type) {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE, 1, lead, Instant.now().minusSeconds(1), "it"),
                type,
                null,
                Channel.CONTACT_FORM,
                "website",
                "autumn-launch",
                Map.of());
    }
}
