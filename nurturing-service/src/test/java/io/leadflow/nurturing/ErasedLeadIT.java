package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.ErasureRequestedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadScoredEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.support.testing.LeadTraces;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No resurrection after an erasure, through the real RabbitMQ and PostgreSQL: a nurtured lead is erased, and then its
 * rejection (again, and a new one), a score, a stage change and a consent standing arrive late: each is acknowledged
 * and skipped, nothing is enrolled again, and the only row that still names the lead is the {@code lead.erased} notice
 * to marketing's automation, which says no more than that.
 */
class ErasedLeadIT extends NurturingItSupport {

    @Test
    void events_about_an_erased_lead_that_arrive_late_or_again_bring_nothing_back() {
        LeadId lead = LeadId.newId();
        LeadRejectedEvent rejected = rejected(lead);
        publish(EventStreams.LIFECYCLE, rejected);
        await().atMost(PATIENCE).until(() -> count("select count(*) from enrollment where lead_id = :lead", lead) == 1);

        UUID requestId = UUID.randomUUID();
        publish(
                EventStreams.PRIVACY,
                new ErasureRequestedEvent(
                        meta(ErasureRequestedEvent.TYPE, new LeadId(requestId)), requestId, List.of(lead.value())));
        await().atMost(PATIENCE)
                .until(() -> count("select count(*) from erased_lead where lead_id = :lead", lead) == 1);
        Map<String, Long> afterErasure = LeadTraces.of(jdbc, lead.value());
        assertThat(afterErasure.keySet())
                .as("only the lead.erased notice names the lead")
                .containsOnly("step_delivery");

        List<IntegrationEvent> late = List.of(
                rejected(lead),
                new LeadScoredEvent(meta(LeadScoredEvent.TYPE, lead), "default", 1, 95, "A", 3),
                new LeadStageChangedEvent(
                        meta(LeadStageChangedEvent.TYPE, lead),
                        LifecycleStage.NURTURING,
                        LifecycleStage.RECYCLED,
                        "score",
                        "nurturing-service"),
                new ConsentChangedEvent(meta(ConsentChangedEvent.TYPE, lead), false, null, null, false, null, 9));
        for (IntegrationEvent event : late) {
            publish(stream(event), event);
        }
        publish(EventStreams.LIFECYCLE, rejected);
        for (IntegrationEvent event : late) {
            await().atMost(PATIENCE)
                    .until(() -> jdbc.sql("select count(*) from processed_event where event_id = :id")
                                    .param("id", event.eventId())
                                    .query(Long.class)
                                    .single()
                            == 1);
        }

        assertThat(LeadTraces.of(jdbc, lead.value()))
                .as("tables naming the erased lead after the late events")
                .isEqualTo(afterErasure);
        assertThat(jdbc.sql("select payload from step_delivery where strpos(payload, :lead) > 0")
                        .param("lead", lead.toString())
                        .query(String.class)
                        .list())
                .allSatisfy(payload -> assertThat(payload).contains("lead.erased"));
    }

    private long count(String sql, LeadId lead) {
        return jdbc.sql(sql).param("lead", lead.value()).query(Long.class).single();
    }

    private static String stream(IntegrationEvent event) {
        return switch (event) {
            case LeadScoredEvent s -> EventStreams.SCORES;
            case ConsentChangedEvent c -> EventStreams.CONSENT;
            default -> EventStreams.LIFECYCLE;
        };
    }

    private static LeadRejectedEvent rejected(LeadId lead) {
        return new LeadRejectedEvent(
                meta(LeadRejectedEvent.TYPE, lead), RejectionReason.NO_BUDGET, "no budget this year", "rep-17");
    }

    private static EventMetadata meta(String type, LeadId lead) {
        return EventMetadata.create(type, 1, lead, CLOCK.instant(), "it-" + lead);
    }
}
