package io.leadflow.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.EngagementType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DefaultScoringModelTest {

    private final ScoringModel model = DefaultScoringModel.create();

    @ParameterizedTest(name = "{0} is worth {1}")
    @CsvSource({
        "EMAIL_OPENED, 2", "EMAIL_CLICKED, 5", "WEBSITE_VISITED, 10", "PRICING_PAGE_VISITED, 10",
        "CONTENT_DOWNLOADED, 15", "WEBINAR_REGISTERED, 10", "WEBINAR_ATTENDED, 20", "EVENT_ATTENDED, 20",
        "BOOTH_VISITED, 15", "FOLLOW_UP_REQUESTED, 25", "MEETING_BOOKED, 50", "DEMO_REQUESTED, 50",
        "TRIAL_STARTED, 40", "QUOTE_REQUESTED, 50", "FORM_SUBMITTED, 10", "CUSTOM, 0",
        "UNSUBSCRIBED, -30", "EMAIL_BOUNCED, -20"
    })
    void scores_each_engagement_as_in_the_domain_example_table(EngagementType type, int points) {
        assertThat(model.pointsFor(type)).isEqualTo(points);
    }

    @Test
    void is_the_default_model_version_1_on_a_0_to_100_scale_with_mql_at_50() {
        assertThat(model.name()).isEqualTo("default");
        assertThat(model.version()).isEqualTo(1);
        assertThat(model.scale()).isEqualTo(new ScoreScale(0, 100));
        assertThat(model.threshold()).isEqualTo(50);
    }

    @Test
    void takes_ten_points_for_a_free_mail_address_and_explains_it() {
        Score score = model.score(List.of(LeadScores.anEngagement(EngagementType.CONTENT_DOWNLOADED)),
                LeadScores.aFreeMailProfile());

        assertThat(score.value()).isEqualTo(5);
        assertThat(score.explanation()).containsExactly("Content downloaded (+15)", "Free-mail address (-10)");
    }

    @Test
    void never_scores_below_zero() {
        Score score = model.score(List.of(LeadScores.anEngagement(EngagementType.UNSUBSCRIBED)),
                LeadScores.aBusinessProfile());

        assertThat(score.value()).isZero();
        assertThat(score.explanation()).containsExactly("Unsubscribed (-30)");
    }

    @Test
    void grades_engagement_by_quartile_of_the_score_one_being_the_top_quarter() {
        assertThat(List.of(0, 24, 25, 49, 50, 74, 75, 100))
                .map(points -> model.engagementGrade(new Score(points, List.of())))
                .containsExactly(4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void grades_fit_d_for_free_mail_and_b_otherwise() {
        assertThat(model.fitGrade(LeadScores.aFreeMailProfile())).isEqualTo(FitGrade.D);
        assertThat(model.fitGrade(LeadScores.aBusinessProfile())).isEqualTo(FitGrade.B);
        assertThat(model.fitGrade(ProfileFacts.unknown())).isEqualTo(FitGrade.B);
    }
}
