package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The suppression list through real RabbitMQ and PostgreSQL: a {@code ConsentChanged} on {@code lead.consent} is kept,
 * and a person on the list gets no nurture step and no webhook to marketing's automation, whether the unsubscribe came
 * before the enrolment or during it.
 */
class SuppressionIT extends NurturingItSupport {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @Autowired
    SendStepUseCase send;

    @Test
    void a_person_who_unsubscribed_before_being_rejected_gets_neither_a_webhook_nor_a_step() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.CONSENT, unsubscribed(lead, 1));
        await().atMost(AT_ONCE).until(() -> suppressed(lead));

        publish(EventStreams.LIFECYCLE, rejected(lead));
        await().atMost(AT_ONCE).until(() -> !steps(lead).isEmpty());

        UUID first = steps(lead).getFirst();
        assertThat(send.sendStep(first)).as("the step's timer fires").isFalse();
        assertThat(status(lead)).isEqualTo("UNSUBSCRIBED");
        assertThat(jdbc.sql("select count(*) from enrollment_step where status = 'SENT' and enrollment_id in"
                                + " (select id from enrollment where lead_id = :lead)")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(RECEIVER.received)
                .as("no webhook carries the person")
                .noneMatch(r -> r.body().contains(lead.toString()));
    }

    @Test
    void an_unsubscribe_during_nurturing_ends_the_enrolment_without_telling_marketing_s_automation() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead));
        await().atMost(AT_ONCE).until(() -> "ACTIVE".equals(status(lead)));
        await().atMost(AT_ONCE)
                .until(() -> RECEIVER.received.stream().anyMatch(r -> r.body().contains(lead.toString())));
        long before = RECEIVER.received.stream()
                .filter(r -> r.body().contains(lead.toString()))
                .count();

        publish(EventStreams.CONSENT, unsubscribed(lead, 1));
        publish(EventStreams.CONSENT, unsubscribed(lead, 1));

        await().atMost(AT_ONCE).until(() -> "UNSUBSCRIBED".equals(status(lead)));
        assertThat(jdbc.sql("select count(*) from enrollment_step where status = 'SCHEDULED' and enrollment_id in"
                                + " (select id from enrollment where lead_id = :lead)")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(RECEIVER.received.stream()
                        .filter(r -> r.body().contains(lead.toString()))
                        .count())
                .as("no exit notice")
                .isEqualTo(before);
    }

    @Test
    void a_demo_request_that_carries_the_unsubscribe_ends_the_enrolment_instead_of_recycling_the_lead() {
        LeadId lead = LeadId.newId();
        publish(EventStreams.LIFECYCLE, rejected(lead));
        await().atMost(AT_ONCE).until(() -> "ACTIVE".equals(status(lead)));
        await().atMost(AT_ONCE)
                .until(() -> RECEIVER.received.stream().anyMatch(r -> r.body().contains(lead.toString())));
        long before = RECEIVER.received.stream()
                .filter(r -> r.body().contains(lead.toString()))
                .count();

        publish(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        EventMetadata.create(
                                EngagementRecordedEvent.TYPE,
                                EngagementRecordedEvent.VERSION,
                                lead,
                                CLOCK.instant(),
                                "it-" + lead),
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Channel.CONTACT_FORM,
                        "website",
                        null,
                        Map.of(),
                        unsubscribed(lead, 1)));

        await().atMost(AT_ONCE).until(() -> "UNSUBSCRIBED".equals(status(lead)));
        assertThat(suppressed(lead)).isTrue();
        assertThat(RECEIVER.received.stream()
                        .filter(r -> r.body().contains(lead.toString()))
                        .count())
                .as("neither an exit nor a recycled notice")
                .isEqualTo(before);
    }

    private boolean suppressed(LeadId lead) {
        return jdbc.sql("select count(*) from consent_copy where lead_id = :lead and contact_suppressed")
                        .param("lead", lead.value())
                        .query(Long.class)
                        .single()
                == 1;
    }

    private String status(LeadId lead) {
        return jdbc.sql("select status from enrollment where lead_id = :lead order by enrolled_at desc limit 1")
                .param("lead", lead.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private List<UUID> steps(LeadId lead) {
        return jdbc.sql("select s.id from enrollment_step s join enrollment e on e.id = s.enrollment_id"
                        + " where e.lead_id = :lead order by s.due_at")
                .param("lead", lead.value())
                .query(UUID.class)
                .list();
    }

    private static ConsentChangedEvent unsubscribed(LeadId lead, long revision) {
        return new ConsentChangedEvent(
                EventMetadata.create(
                        ConsentChangedEvent.TYPE, ConsentChangedEvent.VERSION, lead, CLOCK.instant(), "it-" + lead),
                true,
                CLOCK.instant(),
                "unsubscribed",
                false,
                null,
                revision);
    }

    private static LeadRejectedEvent rejected(LeadId lead) {
        return new LeadRejectedEvent(
                EventMetadata.create(
                        LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, lead, CLOCK.instant(), "it-" + lead),
                RejectionReason.NO_BUDGET,
                "no budget this year",
                "rep-17");
    }
}
