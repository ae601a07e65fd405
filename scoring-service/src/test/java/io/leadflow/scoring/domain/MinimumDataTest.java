package io.leadflow.scoring.domain;

import static io.leadflow.scoring.domain.Models.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model may require attributes before a lead becomes an MQL; a lead without them waits and says why. */
class MinimumDataTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final String STRICT = """
            id: strict
            threshold: 50
            requires: [jobTitle, company.name]
            fastTrack: {minFitGrade: C, events: [{type: DEMO_REQUESTED}]}
            rules:
              - {id: webinar, category: behaviour, event: {type: WEBINAR_ATTENDED}, points: 60}
            """;
    private static final ScoringModel MODEL = Models.model(STRICT);

    private static ProfileFacts profile(Map<String, String> attributes, int secondsAgo) {
        return new ProfileFacts("jane@acme.com", attributes, NOW.minusSeconds(secondsAgo));
    }

    private static List<LeadQualified> qualifications(LeadScore lead) {
        return lead.pullEvents().stream()
                .filter(LeadQualified.class::isInstance)
                .map(LeadQualified.class::cast)
                .toList();
    }

    @Test
    void a_model_reads_its_required_attributes_in_order_and_the_default_requires_none() {
        assertThat(MODEL.requires()).containsExactly("jobTitle", "company.name");
        assertThat(Models.defaultModel().requires()).isEmpty();
    }

    @Test
    void refuses_unknown_duplicate_or_malformed_requirements_naming_the_entry() {
        assertThat(violations(STRICT.replace("[jobTitle, company.name]", "[jobTitle, shoeSize]")))
                .contains(tuple("requires[1]", "attribute.unknown"));
        assertThat(violations(STRICT.replace("[jobTitle, company.name]", "[jobTitle, jobTitle]")))
                .contains(tuple("requires[1]", "requires.duplicate"));
        assertThat(violations(STRICT.replace("[jobTitle, company.name]", "jobTitle")))
                .contains(tuple("requires", "type.list"));
        assertThat(violations(STRICT.replace("[jobTitle, company.name]", "[jobTitle, 7]")))
                .contains(tuple("requires[1]", "type.text"));
        assertThat(Models.model(STRICT.replace("[jobTitle, company.name]", "[email, custom.product]"))
                        .requires())
                .containsExactly("email", "custom.product");
    }

    private static List<org.assertj.core.groups.Tuple> violations(String yaml) {
        try {
            ModelDocument.parse(Models.document(yaml), 1);
        } catch (InvalidModelException e) {
            return e.violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
        }
        throw new AssertionError("the document was accepted");
    }

    @Test
    void a_lead_above_the_threshold_without_a_title_waits_and_qualifies_once_when_the_title_arrives() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(MODEL));
        lead.updateProfile(profile(Map.of("company.name", "ACME"), 600), NOW);
        lead.record(anEngagement(EngagementType.WEBINAR_ATTENDED, NOW.minusSeconds(30)), NOW);

        assertThat(qualifications(lead)).isEmpty();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.NEW);
        NeedsData waiting = lead.needsData(NOW).orElseThrow();
        assertThat(waiting.modelId()).isEqualTo("strict");
        assertThat(waiting.missing()).containsExactly("jobTitle");
        assertThat(waiting.text()).isEqualTo("Not an MQL yet: Score 60 reached threshold 50, needs jobTitle");
        assertThat(lead.waitingFor()).containsExactly("jobTitle");

        lead.updateProfile(profile(Map.of("company.name", "ACME", "jobTitle", "Head of IT"), 10), NOW);
        List<LeadQualified> qualified = qualifications(lead);
        lead.updateProfile(profile(Map.of("company.name", "ACME", "jobTitle", "CIO"), 5), NOW);

        assertThat(qualified).singleElement().satisfies(q -> {
            assertThat(q.fastTrack()).isFalse();
            assertThat(q.explanation().trigger()).isEqualTo("Score 60 reached threshold 50");
            assertThat(q.explanation().profile()).containsEntry("jobTitle", "Head of IT");
        });
        assertThat(qualifications(lead)).isEmpty();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(lead.needsData(NOW)).isEmpty();
        assertThat(lead.waitingFor()).isEmpty();
    }

    @Test
    void a_fast_track_signal_does_not_bypass_the_requirement_and_fast_tracks_once_the_data_is_complete() {
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(MODEL));
        lead.record(anEngagement(EngagementType.DEMO_REQUESTED, NOW.minusSeconds(30)), NOW);

        assertThat(qualifications(lead)).isEmpty();
        assertThat(lead.needsData(NOW).orElseThrow().missing()).containsExactly("jobTitle", "company.name");
        assertThat(lead.needsData(NOW).orElseThrow().trigger()).startsWith("Fast-track");

        lead.updateProfile(profile(Map.of("jobTitle", "CTO", "company.name", "ACME"), 10), NOW);

        assertThat(qualifications(lead))
                .singleElement()
                .satisfies(q -> assertThat(q.fastTrack()).isTrue());
    }

    @Test
    void a_blank_value_is_missing_and_a_lead_below_the_threshold_does_not_need_data() {
        LeadScore below = LeadScore.start(LeadId.newId(), List.of(MODEL));
        below.updateProfile(profile(Map.of(), 600), NOW);
        LeadScore blank = LeadScore.start(LeadId.newId(), List.of(MODEL));
        blank.updateProfile(profile(Map.of("jobTitle", "  ", "company.name", "ACME"), 600), NOW);
        blank.record(anEngagement(EngagementType.WEBINAR_ATTENDED, NOW.minusSeconds(30)), NOW);

        assertThat(below.needsData(NOW)).isEmpty();
        assertThat(blank.needsData(NOW).orElseThrow().missing()).containsExactly("jobTitle");
        assertThat(qualifications(blank)).isEmpty();
    }

    @Test
    void a_model_without_requirements_qualifies_a_lead_without_a_title_as_before() {
        ScoringModel lenient = Models.model(STRICT.replace("requires: [jobTitle, company.name]\n", ""));
        LeadScore lead = LeadScore.start(LeadId.newId(), List.of(lenient));
        lead.record(anEngagement(EngagementType.WEBINAR_ATTENDED, NOW.minusSeconds(30)), NOW);

        assertThat(qualifications(lead)).hasSize(1);
        assertThat(lead.needsData(NOW)).isEmpty();
    }

    @Test
    void a_required_email_is_read_from_the_profile_address() {
        ScoringModel model = Models.model(STRICT.replace("[jobTitle, company.name]", "[email]"));
        LeadFacts withAddress = new LeadFacts(profile(Map.of(), 1), null);
        LeadFacts unknown = new LeadFacts(ProfileFacts.unknown(), null);

        assertThat(model.missing(withAddress)).isEmpty();
        assertThat(model.missing(unknown)).containsExactly("email");
        assertThatThrownBy(() -> ModelDocument.parse(Models.document(STRICT.replace("requires:", "require:")), 1))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).violations())
                        .extracting(ModelViolation::field)
                        .contains("require"));
    }
}
