package io.leadflow.scoring.application.service;

import static io.leadflow.kernel.LifecycleStage.MQL;
import static io.leadflow.kernel.LifecycleStage.NEW;
import static io.leadflow.kernel.LifecycleStage.NURTURING;
import static io.leadflow.kernel.LifecycleStage.RECYCLED;
import static io.leadflow.kernel.LifecycleStage.REJECTED;
import static io.leadflow.kernel.LifecycleStage.SAL;
import static io.leadflow.scoring.application.service.ScoringFixture.CORRELATION;
import static io.leadflow.scoring.application.service.ScoringFixture.NOW;
import static io.leadflow.scoring.application.service.ScoringFixture.aMove;
import static io.leadflow.scoring.application.service.ScoringFixture.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.RecycleLeadCommand;
import io.leadflow.scoring.application.port.in.RecycleOutcome;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoringServicesTest {

    private final ScoringFixture scoring = new ScoringFixture();
    private final LeadId lead = LeadId.newId();

    @Test
    void a_redelivered_engagement_counts_once() {
        ScoreEngagementCommand visit = anEngagement(lead, EngagementType.WEBSITE_VISITED, 60);

        ScoringServices.scoreEngagement(scoring.ports).scoreEngagement(visit);
        ScoringServices.scoreEngagement(scoring.ports).scoreEngagement(visit);

        assertThat(ScoringServices.findLead(scoring.ports)
                        .findLead(lead)
                        .scores()
                        .getFirst()
                        .score())
                .isEqualTo(10);
    }

    @Test
    void scores_and_qualifications_do_not_depend_on_arrival_order_or_redelivery() {
        Random random = new Random(4242L);
        EngagementType[] types = {
            EngagementType.EMAIL_OPENED,
            EngagementType.EMAIL_CLICKED,
            EngagementType.WEBSITE_VISITED,
            EngagementType.CONTENT_DOWNLOADED,
            EngagementType.UNSUBSCRIBED,
            EngagementType.PRICING_PAGE_VISITED
        };
        for (int history = 0; history < 50; history++) {
            LeadId someone = LeadId.newId();
            List<ScoreEngagementCommand> commands = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                commands.add(
                        anEngagement(someone, types[random.nextInt(types.length)], random.nextInt(90 * 24 * 3600)));
            }
            int reference = -1;
            for (int run = 0; run < 4; run++) {
                ScoringFixture fresh = new ScoringFixture();
                List<ScoreEngagementCommand> deliveries = new ArrayList<>(commands);
                deliveries.addAll(commands.subList(0, random.nextInt(commands.size())));
                Collections.shuffle(deliveries, random);
                deliveries.forEach(ScoringServices.scoreEngagement(fresh.ports)::scoreEngagement);
                int score = ScoringServices.findLead(fresh.ports)
                        .findLead(someone)
                        .scores()
                        .getFirst()
                        .score();
                if (reference < 0) {
                    reference = score;
                }
                assertThat(score).as("history %d run %d", history, run).isEqualTo(reference);
                assertThat(fresh.published(LeadQualifiedEvent.class)).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void a_qualification_names_segment_and_first_touch_for_routing_and_reports() {
        ScoringServices.recordProfile(scoring.ports)
                .recordProfile(new RecordProfileCommand(
                        UUID.randomUUID(),
                        lead,
                        "kim@acme.com",
                        Map.of("freeMail", "false", "seniority", "director"),
                        NOW.minusSeconds(900),
                        CORRELATION));
        ScoringServices.scoreEngagement(scoring.ports)
                .scoreEngagement(new ScoreEngagementCommand(
                        UUID.randomUUID(),
                        lead,
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Channel.PAID_SEARCH,
                        "google",
                        "brand-q4",
                        Map.of(),
                        NOW.minusSeconds(800),
                        CORRELATION));
        ScoringServices.scoreEngagement(scoring.ports)
                .scoreEngagement(new ScoreEngagementCommand(
                        UUID.randomUUID(),
                        lead,
                        EngagementType.QUOTE_REQUESTED,
                        null,
                        Channel.CONTACT_FORM,
                        "website",
                        null,
                        Map.of(),
                        NOW.minusSeconds(10),
                        CORRELATION));

        LeadQualifiedEvent qualified =
                scoring.published(LeadQualifiedEvent.class).getFirst();
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(qualified.segment()).isEqualTo("all");
        assertThat(qualified.channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(qualified.campaign()).isEqualTo("brand-q4");
        assertThat(qualified.score()).isEqualTo(75);
        assertThat(qualified.fitGrade()).isEqualTo("B");
        LeadView view = ScoringServices.findLead(scoring.ports).findLead(lead);
        assertThat(view.stage()).isEqualTo(MQL);
        assertThat(view.qualification().score()).isEqualTo(75);
    }

    @Test
    void a_stage_change_from_another_service_starts_the_lead_and_sets_its_stage() {
        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, NEW, SAL, 10));

        assertThat(ScoringServices.findLead(scoring.ports).findLead(lead).stage())
                .isEqualTo(SAL);
        assertThat(scoring.published).isEmpty();
    }

    @Test
    void a_recycled_lead_is_moved_back_to_mql_with_its_history() {
        walkToRecycled(true);

        RecycleOutcome outcome = ScoringServices.recycleLead(scoring.ports).recycleLead(aRecycle());

        assertThat(outcome).isEqualTo(RecycleOutcome.REQUALIFIED);
        LeadStageChangedEvent moved =
                scoring.published(LeadStageChangedEvent.class).getFirst();
        assertThat(moved.from()).isEqualTo(RECYCLED);
        assertThat(moved.to()).isEqualTo(MQL);
        LeadQualifiedEvent qualified =
                scoring.published(LeadQualifiedEvent.class).getFirst();
        assertThat(qualified.reasons())
                .anyMatch(reason -> reason.startsWith("Recycled from nurturing"))
                .contains("Earlier: rejected for timing by ann@acme.com");
        assertThat(ScoringServices.findLead(scoring.ports).findLead(lead).stage())
                .isEqualTo(MQL);
    }

    @Test
    void a_recycle_that_overtakes_the_move_to_recycled_is_applied_when_the_move_arrives() {
        walkToRecycled(false);

        assertThat(ScoringServices.recycleLead(scoring.ports).recycleLead(aRecycle()))
                .isEqualTo(RecycleOutcome.AWAITING_STAGE);
        assertThat(scoring.published).isEmpty();

        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, NURTURING, RECYCLED, 10));

        assertThat(scoring.published(LeadQualifiedEvent.class))
                .singleElement()
                .satisfies(q -> assertThat(q.reasons()).contains("Earlier: rejected for timing by ann@acme.com"));
        assertThat(ScoringServices.findLead(scoring.ports).findLead(lead).stage())
                .isEqualTo(MQL);
    }

    @Test
    void a_recycle_for_a_lead_sales_is_working_on_is_skipped_and_a_redelivery_is_recognised() {
        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, NEW, SAL, 10));
        RecycleLeadCommand recycle = aRecycle();

        assertThat(ScoringServices.recycleLead(scoring.ports).recycleLead(recycle))
                .isEqualTo(RecycleOutcome.NOT_APPLICABLE);
        assertThat(ScoringServices.recycleLead(scoring.ports).recycleLead(recycle))
                .isEqualTo(RecycleOutcome.DUPLICATE);
        assertThat(scoring.published).isEmpty();
    }

    @Test
    void a_lead_scoring_never_heard_of_is_not_found() {
        assertThatThrownBy(() -> ScoringServices.findLead(scoring.ports).findLead(lead))
                .isInstanceOf(LeadNotFoundException.class);
    }

    private void walkToRecycled(boolean includingRecycledMove) {
        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, NEW, MQL, 50));
        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, MQL, REJECTED, 40));
        ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, REJECTED, NURTURING, 30));
        if (includingRecycledMove) {
            ScoringServices.recordStageChange(scoring.ports).recordStageChange(aMove(lead, NURTURING, RECYCLED, 20));
        }
        scoring.published.clear();
    }

    private RecycleLeadCommand aRecycle() {
        return new RecycleLeadCommand(
                UUID.randomUUID(),
                lead,
                "visited pricing twice",
                1,
                List.of("rejected for timing by ann@acme.com"),
                NOW.minusSeconds(5),
                CORRELATION);
    }
}
