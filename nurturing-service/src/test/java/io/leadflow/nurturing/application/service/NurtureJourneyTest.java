package io.leadflow.nurturing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.AdvanceNurturingUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.RetryPolicy;
import io.leadflow.nurturing.domain.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rejected lead's walk through its track, driven by a clock the test moves, against faked ports. */
class NurtureJourneyTest {

    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    private final Fakes.World world = new Fakes.World(START);
    private final EnrollRejectedLeadUseCase enroll = NurturingServices.enrollRejectedLead(world.ports);
    private final AdvanceNurturingUseCase advance = NurturingServices.advanceNurturing(world.ports);
    private final RecordLeadSignalUseCase signals = NurturingServices.recordLeadSignal(world.ports);
    private final FindEnrollmentQuery find = NurturingServices.findEnrollment(world.ports);
    private final DeliverStepsUseCase deliver = NurturingServices.deliverSteps(world.ports);
    private final LeadId lead = LeadId.newId();

    @Test
    void a_step_is_sent_when_due_and_not_a_moment_before() {
        reject(RejectionReason.NO_BUDGET);

        world.clock.advance(Duration.ofDays(7).minusSeconds(1));
        advance.advanceNurturing(10);
        assertThat(world.automation.rendered).isEmpty();

        world.clock.advance(Duration.ofSeconds(1));
        advance.advanceNurturing(10);
        assertThat(world.automation.rendered).extracting(s -> s.step().name()).containsExactly("ROI calculator");
        advance.advanceNurturing(10);
        assertThat(world.automation.rendered)
                .as("a sent step is not sent again")
                .hasSize(1);

        world.clock.advance(Duration.ofDays(30));
        advance.advanceNurturing(10);
        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.steps())
                .extracting(s -> s.status())
                .containsExactly(StepStatus.SENT, StepStatus.SENT, StepStatus.SCHEDULED);
        assertThat(view.steps().get(1).sentAt()).isEqualTo(START.plus(Duration.ofDays(37)));
        assertThat(world.metrics.steps).isEqualTo(2);
    }

    @Test
    void the_last_step_completes_the_track() {
        reject(RejectionReason.NO_BUDGET);

        world.clock.advance(Duration.ofDays(97));
        advance.advanceNurturing(10);

        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(view.steps()).allMatch(s -> s.status() == StepStatus.SENT);
        assertThat(view.history()).last().asString().endsWith("track completed");
    }

    @Test
    void a_track_past_its_maximum_duration_ends_and_cancels_what_was_not_sent() {
        reject(RejectionReason.TIMING);

        world.clock.advance(Duration.ofDays(400));
        world.automation.rendered.clear();
        // the fourth step (day 360) is due too; steps go first, then the expiry
        advance.advanceNurturing(10);

        assertThat(find.findEnrollment(lead).status()).isIn(EnrollmentStatus.EXPIRED, EnrollmentStatus.COMPLETED);
    }

    @Test
    void a_score_that_crosses_the_recycle_threshold_from_below_recycles_the_lead_with_its_history() {
        score(75, START.minusSeconds(3600));
        reject(RejectionReason.NO_BUDGET);
        world.clock.advance(Duration.ofDays(8));
        advance.advanceNurturing(10);

        assertThat(score(80, world.clock.instant()))
                .as("still hot from before the rejection: not a re-engagement")
                .isEmpty();
        score(30, world.clock.instant().plusSeconds(1));
        var result = score(61, world.clock.instant().plusSeconds(2));

        assertThat(result).contains("RECYCLED");
        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.status()).isEqualTo(EnrollmentStatus.RECYCLED);
        assertThat(view.stage()).isEqualTo(LifecycleStage.RECYCLED);
        assertThat(view.recycleCount()).isEqualTo(1);
        assertThat(view.steps())
                .extracting(s -> s.status())
                .containsExactly(StepStatus.SENT, StepStatus.CANCELLED, StepStatus.CANCELLED);
        LeadRecycledEvent recycled = published(LeadRecycledEvent.class).getLast();
        assertThat(recycled.trigger()).isEqualTo("score 61 crossed the recycle threshold 60");
        assertThat(recycled.recycleCount()).isEqualTo(1);
        assertThat(recycled.history())
                .containsExactly(
                        "2026-11-02 rejected by rep-17 for no_budget: \"budget frozen until Q3\"",
                        "2026-11-02 enrolled in track Revisit next quarter",
                        "2026-11-10 step 1 \"ROI calculator\" sent (track Revisit next quarter)",
                        "2026-11-10 recycled to sales: score 61 crossed the recycle threshold 60");
        assertThat(published(LeadStageChangedEvent.class).getLast().to()).isEqualTo(LifecycleStage.RECYCLED);
        assertThat(world.metrics.recycled).isEqualTo(1);
    }

    @Test
    void a_buying_signal_recycles_at_once_and_a_second_cycle_counts_two() {
        reject(RejectionReason.TIMING);
        assertThat(engage(EngagementType.DEMO_REQUESTED)).contains("RECYCLED");

        world.clock.advance(Duration.ofDays(30));
        reject(RejectionReason.NO_BUDGET);
        world.clock.advance(Duration.ofDays(1));
        assertThat(engage(EngagementType.QUOTE_REQUESTED)).contains("RECYCLED");

        LeadRecycledEvent second = published(LeadRecycledEvent.class).getLast();
        assertThat(second.recycleCount()).isEqualTo(2);
        assertThat(second.trigger()).isEqualTo("buying signal: quote_requested");
        assertThat(second.history()).hasSize(6).first().asString().contains("rejected by rep-17 for timing");
        assertThat(find.findEnrollment(lead).recycleCount()).isEqualTo(2);
    }

    @Test
    void an_ordinary_engagement_does_not_recycle_and_an_unsubscribe_ends_the_track() {
        reject(RejectionReason.TIMING);

        int eventsKept = world.processed.seen.size();
        assertThat(engage(EngagementType.EMAIL_OPENED)).isEmpty();
        assertThat(world.processed.seen)
                .as("an ordinary engagement is not even remembered")
                .hasSize(eventsKept);
        assertThat(engage(EngagementType.UNSUBSCRIBED)).contains("UNSUBSCRIBED");

        assertThat(find.findEnrollment(lead).status()).isEqualTo(EnrollmentStatus.UNSUBSCRIBED);
        assertThat(published(LeadRecycledEvent.class)).isEmpty();
        world.clock.advance(Duration.ofDays(365));
        advance.advanceNurturing(10);
        assertThat(world.automation.rendered)
                .as("nothing is sent after an unsubscribe")
                .isEmpty();
    }

    @Test
    void a_lead_qualified_again_by_sales_leaves_its_track() {
        reject(RejectionReason.TIMING);

        var result = signals.recordLeadSignal(LeadSignalCommand.staged(
                UUID.randomUUID(), lead, LifecycleStage.SAL, "handoff-service", world.clock.instant(), "c"));

        assertThat(result).contains("REQUALIFIED");
        assertThat(find.findEnrollment(lead).stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void a_lead_below_the_threshold_long_enough_is_enrolled_only_when_marketing_turned_it_on() {
        score(20, START);
        world.clock.advance(Duration.ofDays(31));

        advance.advanceNurturing(10);
        assertThat(world.enrollments.of(lead)).isEmpty();

        world.settings.save(new NurtureSettings(60, true, 50, Duration.ofDays(30)));
        advance.advanceNurturing(10);
        advance.advanceNurturing(10);

        assertThat(world.enrollments.of(lead)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(EnrollmentSource.BELOW_THRESHOLD);
            assertThat(e.track().key()).isEqualTo("monthly-newsletter");
        });
        LeadStageChangedEvent moved = published(LeadStageChangedEvent.class).getLast();
        assertThat(moved.from()).isEqualTo(LifecycleStage.NEW);
        assertThat(moved.to()).isEqualTo(LifecycleStage.NURTURING);
        assertThat(world.metrics.enrolled).containsExactly("below_threshold");
    }

    @Test
    void a_refused_delivery_is_retried_after_its_back_off_under_the_same_id() {
        reject(RejectionReason.NOT_DECISION_MAKER);
        world.clock.advance(Duration.ofDays(1));
        advance.advanceNurturing(10);
        world.automation.refuse = true;
        var round = new DeliverStepsCommand(
                10,
                Duration.ofMinutes(2),
                new RetryPolicy(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30)), Duration.ofDays(3)));

        deliver.deliverSteps(round);
        world.clock.advance(Duration.ofSeconds(4));
        assertThat(deliver.deliverSteps(round)).as("not before the back-off").isZero();
        world.automation.refuse = false;
        world.clock.advance(Duration.ofSeconds(1));
        deliver.deliverSteps(round);

        assertThat(world.automation.attempts)
                .hasSize(2)
                .extracting(d -> d.id())
                .containsOnly(world.automation.rendered.getFirst().step().id());
        assertThat(world.deliveries.log)
                .extracting(l -> l.substring(l.indexOf('#')))
                .containsExactly("#1:RETRY", "#2:DELIVERED");
    }

    private void reject(RejectionReason reason) {
        enroll.enrollRejectedLead(new EnrollRejectedLeadCommand(
                UUID.randomUUID(),
                lead,
                reason,
                "budget frozen until Q3",
                "rep-17",
                world.clock.instant(),
                "corr-" + lead));
    }

    private java.util.Optional<String> score(int score, Instant at) {
        return signals.recordLeadSignal(LeadSignalCommand.scored(UUID.randomUUID(), lead, score, at, "c"));
    }

    private java.util.Optional<String> engage(EngagementType type) {
        return signals.recordLeadSignal(
                LeadSignalCommand.engaged(UUID.randomUUID(), lead, type, world.clock.instant(), "c"));
    }

    private <T> List<T> published(Class<T> type) {
        return world.events.published.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
