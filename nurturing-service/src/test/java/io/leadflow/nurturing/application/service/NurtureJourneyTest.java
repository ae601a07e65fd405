package io.leadflow.nurturing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.LeadRecycledEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase.DeliverStepsCommand;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadCommand;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.LeadSignalCommand;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.EntryReason;
import io.leadflow.nurturing.domain.ExitConditions;
import io.leadflow.nurturing.domain.NurtureSettings;
import io.leadflow.nurturing.domain.NurtureTrack;
import io.leadflow.nurturing.domain.RetryPolicy;
import io.leadflow.nurturing.domain.StepStatus;
import io.leadflow.nurturing.domain.TrackStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rejected lead's walk through its track, driven by a clock the test moves, against faked ports; the faked timers
 * fire what is due by that clock, as db-scheduler does by the real one.
 */
class NurtureJourneyTest {

    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    private final FakePorts world = new FakePorts(START);
    private final EnrollRejectedLeadUseCase enroll = NurturingServices.enrollRejectedLead(world.ports);
    private final SendStepUseCase send = NurturingServices.sendStep(world.ports);
    private final ExpireEnrollmentUseCase expire = NurturingServices.expireEnrollment(world.ports);
    private final EnrollDormantLeadsUseCase dormant = NurturingServices.enrollDormantLeads(world.ports);
    private final RecordLeadSignalUseCase signals = NurturingServices.recordLeadSignal(world.ports);
    private final FindEnrollmentQuery find = NurturingServices.findEnrollment(world.ports);
    private final DeliverStepsUseCase deliver = NurturingServices.deliverSteps(world.ports);
    private final LeadId lead = LeadId.newId();

    @Test
    void a_step_is_sent_when_due_and_not_a_moment_before() {
        reject(RejectionReason.NO_BUDGET);

        world.clock.advance(Duration.ofDays(7).minusSeconds(1));
        fireDueTimers();
        assertThat(world.automation.rendered).isEmpty();

        world.clock.advance(Duration.ofSeconds(1));
        fireDueTimers();
        assertThat(world.automation.rendered).extracting(s -> s.step().name()).containsExactly("ROI calculator");
        fireDueTimers();
        assertThat(world.automation.rendered)
                .as("a sent step is not sent again")
                .hasSize(1);
        assertThat(send.sendStep(world.automation.rendered.getFirst().step().id()))
                .as("a timer that fires again, after a crash, sends nothing")
                .isFalse();
        assertThat(world.automation.rendered).hasSize(1);
        assertThat(world.deliveries.pending)
                .as("the step's delivery and the enrolment's notice")
                .hasSize(2)
                .containsKey(world.automation.rendered.getFirst().step().id());

        world.clock.advance(Duration.ofDays(30));
        fireDueTimers();
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
        fireDueTimers();

        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(view.steps()).allMatch(s -> s.status() == StepStatus.SENT);
        assertThat(view.history()).last().asString().endsWith("track completed");
        assertThat(world.timers.due)
                .as("the completed enrolment's expiry timer is gone")
                .isEmpty();
    }

    @Test
    void a_track_past_its_maximum_duration_ends_and_cancels_what_was_not_sent() {
        world.tracks.save(new NurtureTrack(
                "short-lived",
                "Short-lived",
                "",
                List.of(new EntryReason(RejectionReason.TIMING, 20)),
                OptionalInt.empty(),
                List.of(
                        new TrackStep("Early", "Soon", Duration.ofDays(1)),
                        new TrackStep("Later", "Too late", Duration.ofDays(10))),
                new ExitConditions(true, true, true, Optional.of(Duration.ofDays(5))),
                1));
        reject(RejectionReason.TIMING);

        world.clock.advance(Duration.ofDays(6));
        fireDueTimers();

        EnrollmentView view = find.findEnrollment(lead);
        assertThat(view.status()).isEqualTo(EnrollmentStatus.EXPIRED);
        assertThat(view.steps()).extracting(s -> s.status()).containsExactly(StepStatus.SENT, StepStatus.CANCELLED);
        assertThat(world.timers.due).as("the cancelled step's timer is gone").isEmpty();
        assertThat(expire.expireEnrollment(world.enrollments.of(lead).getFirst().id()))
                .as("an expiry timer that fires again changes nothing")
                .isFalse();
        assertThat(find.findEnrollment(lead).endedAt()).isEqualTo(START.plus(Duration.ofDays(6)));
    }

    @Test
    void a_score_that_crosses_the_recycle_threshold_from_below_recycles_the_lead_with_its_history() {
        score(75, START.minusSeconds(3600));
        reject(RejectionReason.NO_BUDGET);
        world.clock.advance(Duration.ofDays(8));
        fireDueTimers();

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
        assertThat(world.timers.due)
                .as("the recycled enrolment's timers are gone")
                .isEmpty();
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
        List<UUID> steps = world.steps.byId.keySet().stream().toList();
        assertThat(world.timers.due).hasSize(5);

        int eventsKept = world.processed.seen.size();
        assertThat(engage(EngagementType.EMAIL_OPENED)).isEmpty();
        assertThat(world.processed.seen)
                .as("an ordinary engagement is not even remembered")
                .hasSize(eventsKept);
        assertThat(engage(EngagementType.UNSUBSCRIBED)).contains("UNSUBSCRIBED");

        assertThat(find.findEnrollment(lead).status()).isEqualTo(EnrollmentStatus.UNSUBSCRIBED);
        assertThat(published(LeadRecycledEvent.class)).isEmpty();
        assertThat(world.timers.due)
                .as("the steps' timers and the expiry are cancelled")
                .isEmpty();
        world.clock.advance(Duration.ofDays(365));
        fireDueTimers();
        assertThat(steps)
                .as("a step timer that fired anyway, while being cancelled, sends nothing")
                .allSatisfy(step -> assertThat(send.sendStep(step)).isFalse());
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

        dormant.enrollDormantLeads(10);
        assertThat(world.enrollments.of(lead)).isEmpty();

        world.settings.save(new NurtureSettings(60, true, 50, Duration.ofDays(30)));
        dormant.enrollDormantLeads(10);
        dormant.enrollDormantLeads(10);

        assertThat(world.enrollments.of(lead)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(EnrollmentSource.BELOW_THRESHOLD);
            assertThat(e.track().key()).isEqualTo("monthly-newsletter");
        });
        LeadStageChangedEvent moved = published(LeadStageChangedEvent.class).getLast();
        assertThat(moved.from()).isEqualTo(LifecycleStage.NEW);
        assertThat(moved.to()).isEqualTo(LifecycleStage.NURTURING);
        assertThat(world.metrics.enrolled).containsExactly("below_threshold");
        assertThat(world.timers.due)
                .as("the new enrolment's three steps and its expiry are on timers")
                .hasSize(4);
    }

    @Test
    void a_refused_delivery_is_retried_after_its_back_off_under_the_same_id() {
        var round = new DeliverStepsCommand(
                10,
                Duration.ofMinutes(2),
                new RetryPolicy(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30)), Duration.ofDays(3)));
        reject(RejectionReason.NOT_DECISION_MAKER);
        assertThat(deliver.deliverSteps(round))
                .as("the enrolment is told at once")
                .isOne();
        world.automation.attempts.clear();
        world.deliveries.log.clear();
        world.clock.advance(Duration.ofDays(1));
        fireDueTimers();
        world.automation.refuse = true;

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

    private void fireDueTimers() {
        world.timers.fireDue(world.clock.instant(), send, expire);
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
