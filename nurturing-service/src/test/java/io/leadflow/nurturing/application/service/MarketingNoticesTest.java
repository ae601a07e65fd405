package io.leadflow.nurturing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.NurtureNotice.Kind;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Marketing's automation is told of every enrolment, exit and recycle at once, once, with the change it reports. */
class MarketingNoticesTest {

    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    private final FakePorts world = new FakePorts(START);
    private final EnrollRejectedLeadUseCase enroll = NurturingServices.enrollRejectedLead(world.ports);
    private final RecordLeadSignalUseCase signals = NurturingServices.recordLeadSignal(world.ports);
    private final SendStepUseCase send = NurturingServices.sendStep(world.ports);
    private final ExpireEnrollmentUseCase expire = NurturingServices.expireEnrollment(world.ports);
    private final EnrollDormantLeadsUseCase dormant = NurturingServices.enrollDormantLeads(world.ports);
    private final LeadId lead = LeadId.newId();

    @Test
    void an_enrolment_after_a_rejection_is_stored_for_delivery_at_once_with_reason_note_track_and_profile() {
        score(35, START.minusSeconds(60));

        reject(UUID.randomUUID(), RejectionReason.TIMING);

        NurtureNotice notice = world.automation.notices.getFirst();
        assertThat(world.automation.notices)
                .singleElement()
                .extracting(NurtureNotice::kind)
                .isEqualTo(Kind.ENROLLED);
        assertThat(notice.enrollment().reason()).isEqualTo(RejectionReason.TIMING);
        assertThat(notice.enrollment().note()).isEqualTo("budget frozen until Q3");
        assertThat(notice.enrollment().track().key()).isEqualTo("quarterly-check-in");
        assertThat(notice.trackVersion()).isEqualTo(1);
        assertThat(notice.profile().score()).isEqualTo(35);
        assertThat(deliveries()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(notice.id());
            assertThat(d.payload())
                    .isEqualTo("nurture.enrolled@" + notice.enrollment().id());
            assertThat(d.createdAt()).isEqualTo(START);
        });
    }

    @Test
    void the_same_rejection_delivered_twice_stores_one_notice() {
        UUID eventId = UUID.randomUUID();
        reject(eventId, RejectionReason.TIMING);

        reject(eventId, RejectionReason.TIMING);

        assertThat(deliveries()).hasSize(1);
    }

    @Test
    void a_recycle_tells_the_exit_and_the_recycle_with_the_trigger_and_the_count() {
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        world.clock.advance(Duration.ofDays(3));

        engage(UUID.randomUUID(), EngagementType.DEMO_REQUESTED);

        List<NurtureNotice> ends = world.automation.notices.subList(1, world.automation.notices.size());
        assertThat(ends).extracting(NurtureNotice::kind).containsExactly(Kind.EXITED, Kind.RECYCLED);
        assertThat(ends.getFirst().exitReason()).isEqualTo("recycled");
        assertThat(ends.getFirst().at()).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(ends.getLast().recycleCount()).isEqualTo(1);
        assertThat(ends.getLast().enrollment().exitTrigger()).isEqualTo("buying signal: demo_requested");
        assertThat(deliveries())
                .extracting(StepDelivery::payload)
                .hasSize(3)
                .allMatch(p -> p.endsWith("@" + ends.getFirst().enrollment().id()));
    }

    @Test
    void the_same_buying_signal_delivered_twice_tells_one_exit_and_one_recycle() {
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        UUID eventId = UUID.randomUUID();
        engage(eventId, EngagementType.DEMO_REQUESTED);

        engage(eventId, EngagementType.DEMO_REQUESTED);

        assertThat(world.automation.notices)
                .extracting(NurtureNotice::kind)
                .containsExactly(Kind.ENROLLED, Kind.EXITED, Kind.RECYCLED);
        assertThat(deliveries()).hasSize(3);
    }

    @Test
    void an_unsubscribe_a_requalification_and_a_disqualification_are_exits_with_their_reason() {
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        engage(UUID.randomUUID(), EngagementType.UNSUBSCRIBED);
        world.clock.advance(Duration.ofDays(1));
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        signals.recordLeadSignal(LeadSignalCommand.staged(
                UUID.randomUUID(), lead, LifecycleStage.SQL, "handoff-service", world.clock.instant(), "c"));
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        reject(UUID.randomUUID(), RejectionReason.COMPETITOR);

        assertThat(world.automation.notices)
                .filteredOn(n -> n.kind() == Kind.EXITED)
                .extracting(NurtureNotice::exitReason)
                .containsExactly("unsubscribed", "requalified", "disqualified");
        assertThat(deliveries()).hasSize(6);
    }

    @Test
    void the_last_step_and_the_maximum_duration_are_exits_too() {
        reject(UUID.randomUUID(), RejectionReason.TIMING);
        world.clock.advance(Duration.ofDays(400));
        world.timers.fireDue(world.clock.instant(), send, expire);

        assertThat(world.automation.notices)
                .filteredOn(n -> n.kind() == Kind.EXITED)
                .singleElement()
                .extracting(NurtureNotice::exitReason)
                .isIn("completed", "expired");
    }

    @Test
    void a_lead_enrolled_below_the_threshold_is_told_without_a_reason() {
        score(20, START);
        world.clock.advance(Duration.ofDays(31));
        world.settings.save(new NurtureSettings(60, true, 50, Duration.ofDays(30)));

        dormant.enrollDormantLeads(10);

        assertThat(world.automation.notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.ENROLLED);
            assertThat(n.enrollment().reason()).isNull();
            assertThat(n.enrollment().track().key()).isEqualTo("monthly-newsletter");
            assertThat(n.profile().score()).isEqualTo(20);
        });
        assertThat(deliveries()).hasSize(1);
    }

    private List<StepDelivery> deliveries() {
        return List.copyOf(world.deliveries.pending.values());
    }

    private void reject(UUID eventId, RejectionReason reason) {
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                eventId, lead, reason, "budget frozen until Q3", "rep-17", world.clock.instant(), "corr-" + lead));
    }

    private void score(int score, Instant at) {
        signals.recordLeadSignal(LeadSignalCommand.scored(UUID.randomUUID(), lead, score, at, "c"));
    }

    private void engage(UUID eventId, EngagementType type) {
        signals.recordLeadSignal(LeadSignalCommand.engaged(eventId, lead, type, world.clock.instant(), "c"));
    }
}
