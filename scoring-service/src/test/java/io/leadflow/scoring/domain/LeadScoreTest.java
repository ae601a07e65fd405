package io.leadflow.scoring.domain;

import static io.leadflow.kernel.EngagementType.CONTENT_DOWNLOADED;
import static io.leadflow.kernel.EngagementType.CUSTOM;
import static io.leadflow.kernel.EngagementType.DEMO_REQUESTED;
import static io.leadflow.kernel.EngagementType.EMAIL_BOUNCED;
import static io.leadflow.kernel.EngagementType.EMAIL_OPENED;
import static io.leadflow.kernel.EngagementType.PRICING_PAGE_VISITED;
import static io.leadflow.kernel.EngagementType.QUOTE_REQUESTED;
import static io.leadflow.kernel.EngagementType.TRIAL_STARTED;
import static io.leadflow.kernel.EngagementType.UNSUBSCRIBED;
import static io.leadflow.kernel.EngagementType.WEBINAR_ATTENDED;
import static io.leadflow.kernel.EngagementType.WEBSITE_VISITED;
import static io.leadflow.scoring.domain.LeadScores.NOW;
import static io.leadflow.scoring.domain.LeadScores.aBusinessProfile;
import static io.leadflow.scoring.domain.LeadScores.aFreeMailProfile;
import static io.leadflow.scoring.domain.LeadScores.aNewLead;
import static io.leadflow.scoring.domain.LeadScores.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LifecycleStage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeadScoreTest {

    @Test
    void a_repeated_event_id_never_counts_twice() {
        LeadScore lead = aNewLead();
        ScoredEngagement visit = anEngagement(WEBSITE_VISITED);

        assertThat(lead.record(visit, NOW)).isTrue();
        assertThat(lead.record(visit, NOW)).isFalse();
        assertThat(lead.record(new ScoredEngagement(visit.eventId(), visit.type(), visit.occurredAt()), NOW)).isFalse();

        assertThat(lead.score().value()).isEqualTo(10);
        assertThat(lead.pullEvents()).hasSize(1);
    }

    @Test
    void the_same_set_of_engagements_in_any_order_gives_the_same_score_and_reasons() {
        List<ScoredEngagement> engagements = new ArrayList<>();
        for (var type : List.of(EMAIL_OPENED, EMAIL_OPENED, WEBSITE_VISITED, CONTENT_DOWNLOADED, EMAIL_BOUNCED,
                PRICING_PAGE_VISITED, CUSTOM, WEBINAR_ATTENDED, UNSUBSCRIBED, EMAIL_OPENED)) {
            engagements.add(anEngagement(type, NOW.minusSeconds(engagements.size() * 3600L)));
        }
        engagements.add(engagements.get(3)); // a redelivery inside the stream
        LeadScore inOrder = aNewLead();
        engagements.forEach(engagement -> inOrder.record(engagement, NOW));
        Score expected = inOrder.score();

        Random random = new Random(20261102L);
        for (int round = 0; round < 200; round++) {
            List<ScoredEngagement> shuffled = new ArrayList<>(engagements);
            Collections.shuffle(shuffled, random);
            LeadScore lead = aNewLead();
            shuffled.forEach(engagement -> lead.record(engagement, NOW));
            assertThat(lead.score()).as("order %s", shuffled).isEqualTo(expected);
        }
        assertThat(expected.value()).isEqualTo(6 + 10 + 15 - 20 + 10 + 0 + 20 - 30);
    }

    @Test
    void a_lead_whose_score_reaches_the_threshold_becomes_an_mql_and_says_why() {
        LeadScore lead = aNewLead();
        for (var type : List.of(CONTENT_DOWNLOADED, WEBINAR_ATTENDED, WEBSITE_VISITED)) {
            lead.record(anEngagement(type), NOW);
        }
        lead.pullEvents();

        lead.record(anEngagement(PRICING_PAGE_VISITED), NOW);

        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(lead.qualifiedAt()).contains(NOW);
        List<LeadScoreEvent> events = lead.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new LeadScored(lead.leadId(), 55, FitGrade.B, 2));
        LeadQualified qualified = (LeadQualified) events.get(1);
        assertThat(qualified.fastTrack()).isFalse();
        assertThat(qualified.reasons()).containsExactly("Score 55 reached threshold 50", "Webinar attended (+20)",
                "Content downloaded (+15)", "Pricing page visited (+10)", "Website visited (+10)");
        assertThat(qualified.stageChange()).extracting(StageChange::from, StageChange::to, StageChange::reason,
                StageChange::actor).containsExactly(LifecycleStage.NEW, LifecycleStage.MQL,
                "score 55 reached threshold 50", "scoring-service");
    }

    @Test
    void a_buying_signal_fast_tracks_a_lead_below_the_threshold() {
        LeadScore lead = aNewLead();
        lead.updateProfile(aBusinessProfile(), NOW);

        lead.record(anEngagement(TRIAL_STARTED), NOW);

        assertThat(lead.score().value()).isEqualTo(40);
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        LeadQualified qualified = (LeadQualified) lead.pullEvents().getLast();
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(qualified.stageChange().reason()).isEqualTo("fast-track: trial started");
        assertThat(qualified.reasons()).containsExactly("Fast-track: trial started", "Trial started (+40)");
    }

    @Test
    void a_free_mail_address_blocks_fast_track_and_takes_ten_points() {
        LeadScore lead = aNewLead();
        lead.updateProfile(aFreeMailProfile(), NOW);

        lead.record(anEngagement(TRIAL_STARTED), NOW);

        assertThat(lead.stage()).isEqualTo(LifecycleStage.NEW);
        assertThat(lead.score().value()).isEqualTo(30);
        assertThat(lead.score().explanation()).containsExactly("Trial started (+40)", "Free-mail address (-10)");
        assertThat(lead.pullEvents()).containsExactly(new LeadScored(lead.leadId(), 30, FitGrade.D, 3));
    }

    @Test
    void a_free_mail_lead_still_qualifies_on_points() {
        LeadScore lead = aNewLead();
        lead.updateProfile(aFreeMailProfile(), NOW);

        lead.record(anEngagement(DEMO_REQUESTED), NOW);
        lead.record(anEngagement(WEBSITE_VISITED), NOW);

        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        LeadQualified qualified = (LeadQualified) lead.pullEvents().getLast();
        assertThat(qualified.fastTrack()).isFalse();
        assertThat(qualified.fitGrade()).isEqualTo(FitGrade.D);
        assertThat(qualified.reasons()).containsExactly("Score 50 reached threshold 50", "Demo requested (+50)",
                "Free-mail address (-10)", "Website visited (+10)");
    }

    @Test
    void the_score_is_capped_at_100() {
        LeadScore lead = aNewLead();
        for (var type : List.of(DEMO_REQUESTED, QUOTE_REQUESTED, TRIAL_STARTED)) {
            lead.record(anEngagement(type), NOW);
        }

        assertThat(lead.score().value()).isEqualTo(100);
        assertThat(lead.score().explanation()).containsExactly("Demo requested (+50)", "Quote requested (+50)",
                "Trial started (+40)");
    }

    @Test
    void a_lead_qualifies_exactly_once() {
        LeadScore lead = aNewLead();
        lead.record(anEngagement(DEMO_REQUESTED), NOW);
        lead.record(anEngagement(QUOTE_REQUESTED), NOW);
        lead.record(anEngagement(CONTENT_DOWNLOADED), NOW);
        lead.updateProfile(aBusinessProfile(), NOW);

        List<LeadScoreEvent> events = lead.pullEvents();
        assertThat(events).filteredOn(LeadQualified.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(LeadScored.class::isInstance).extracting(e -> ((LeadScored) e).score())
                .containsExactly(50, 100);
        assertThat(lead.timeline()).singleElement().extracting(StageChange::to).isEqualTo(LifecycleStage.MQL);
    }

    @Test
    void repeated_engagements_of_one_type_are_explained_on_one_line() {
        LeadScore lead = aNewLead();
        for (int visit = 0; visit < 3; visit++) {
            lead.record(anEngagement(WEBSITE_VISITED), NOW);
        }

        assertThat(lead.score().explanation()).containsExactly("Website visited x3 (+30)");
    }

    @Test
    void an_engagement_worth_nothing_is_kept_but_announces_no_score_change() {
        LeadScore lead = aNewLead();

        assertThat(lead.record(anEngagement(CUSTOM), NOW)).isTrue();

        assertThat(lead.engagements()).hasSize(1);
        assertThat(lead.pullEvents()).isEmpty();
    }

    @Test
    void an_older_profile_does_not_replace_a_newer_one() {
        LeadScore lead = aNewLead();
        lead.updateProfile(aBusinessProfile(), NOW);

        boolean taken = lead.updateProfile(new ProfileFacts("jane@gmail.com", true,
                aBusinessProfile().asOf().minusSeconds(1)), NOW);

        assertThat(taken).isFalse();
        assertThat(lead.profile()).isEqualTo(aBusinessProfile());
    }
}
