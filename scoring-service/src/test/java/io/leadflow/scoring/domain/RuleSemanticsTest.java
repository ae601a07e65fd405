package io.leadflow.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operator and event filter, as a table: a one-rule model, a profile or event, and the points it gives. */
class RuleSemanticsTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final String CASE_STUDY_RULE =
            "{type: CONTENT_DOWNLOADED, properties: [{attribute: contentType, op: equals, value: case-study}]}";

    static Stream<Arguments> profileRules() {
        return Stream.of(
                Arguments.of("{attribute: country, op: equals, value: DE}", Map.of("country", "de"), 10),
                Arguments.of("{attribute: country, op: equals, value: DE}", Map.of("country", "FR"), 0),
                Arguments.of("{attribute: country, op: equals, value: DE}", Map.of(), 0),
                Arguments.of("{attribute: country, op: equals, value: DE, not: true}", Map.of(), 10),
                Arguments.of(
                        "{attribute: company.industry, op: oneOf, values: [Retail, Banking]}",
                        Map.of("company.industry", "banking"),
                        10),
                Arguments.of(
                        "{attribute: company.industry, op: oneOf, values: [Retail, Banking]}",
                        Map.of("company.industry", "Mining"),
                        0),
                Arguments.of(
                        "{attribute: jobTitle, op: contains, value: manager}",
                        Map.of("jobTitle", "IT Manager EMEA"),
                        10),
                Arguments.of("{attribute: jobTitle, op: contains, value: manager}", Map.of("jobTitle", "CTO"), 0),
                Arguments.of(
                        "{attribute: jobTitle, op: matches, pattern: '(?i)^(cto|cio)$'}",
                        Map.of("jobTitle", "CIO"),
                        10),
                Arguments.of(
                        "{attribute: jobTitle, op: matches, pattern: '(?i)^(cto|cio)$'}",
                        Map.of("jobTitle", "CIO assistant"),
                        0),
                Arguments.of(
                        "{attribute: jobTitle, op: matches, pattern: '(.*a){12}'}",
                        Map.of("jobTitle", "a".repeat(59) + "!"),
                        0),
                Arguments.of(
                        "{attribute: jobTitle, op: matches, pattern: '(.*a){12}'}",
                        Map.of("jobTitle", "a".repeat(60)),
                        10),
                Arguments.of(
                        "{attribute: company.employees, op: range, min: 200}", Map.of("company.employees", "200"), 10),
                Arguments.of(
                        "{attribute: company.employees, op: range, min: 200}", Map.of("company.employees", "199"), 0),
                Arguments.of(
                        "{attribute: company.employees, op: range, min: 200, max: 1000}",
                        Map.of("company.employees", "1,000"),
                        10),
                Arguments.of(
                        "{attribute: company.employees, op: range, min: 200}", Map.of("company.employees", "many"), 0),
                Arguments.of("{attribute: phone, op: present}", Map.of("phone", "+49 30 1234"), 10),
                Arguments.of("{attribute: phone, op: present}", Map.of("phone", "  "), 0),
                Arguments.of("{attribute: email.domain, op: oneOf, values: [rival.com]}", Map.of(), 0));
    }

    @ParameterizedTest(name = "{0} on {1} gives {2}")
    @MethodSource("profileRules")
    void a_profile_rule_gives_its_points_exactly_when_its_condition_holds(
            String condition, Map<String, String> attributes, int points) {
        ScoringModel model = Models.model("""
                id: t
                threshold: 50
                rules:
                  - {id: r, category: fit, condition: %s, points: 10}
                """.formatted(condition));
        ProfileFacts profile = new ProfileFacts("a@b.com", attributes, NOW);

        assertThat(model.score(ModelState.empty(), new LeadFacts(profile, null), NOW)
                        .score())
                .isEqualTo(points);
    }

    static Stream<Arguments> eventRules() {
        Map<String, String> caseStudy = Map.of("contentType", "case-study");
        return Stream.of(
                Arguments.of("{type: CONTENT_DOWNLOADED}", EngagementType.CONTENT_DOWNLOADED, null, Map.of(), 10),
                Arguments.of("{type: CONTENT_DOWNLOADED}", EngagementType.EMAIL_OPENED, null, Map.of(), 0),
                Arguments.of(
                        "{type: content-downloaded, properties: [{attribute: contentType, op: equals, "
                                + "value: case-study}]}",
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        caseStudy,
                        10),
                Arguments.of(
                        "{type: CONTENT_DOWNLOADED, properties: [{attribute: contentType, op: equals, "
                                + "value: case-study}]}",
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("contentType", "ebook"),
                        0),
                // what Segment's SDKs send (snake_case names and values) meets a rule written in camelCase
                Arguments.of(
                        CASE_STUDY_RULE,
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("content_type", "case_study"),
                        10),
                Arguments.of(
                        CASE_STUDY_RULE,
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("Content-Type", "Case Study"),
                        10),
                Arguments.of(
                        "{type: CONTENT_DOWNLOADED, properties: [{attribute: content_type, op: oneOf, "
                                + "values: [case_study, whitepaper]}]}",
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        caseStudy,
                        10),
                Arguments.of(
                        CASE_STUDY_RULE,
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("content_type", "case_studies"),
                        0),
                Arguments.of(
                        CASE_STUDY_RULE,
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("contenttypes", "case-study"),
                        0),
                Arguments.of(
                        "{type: CONTENT_DOWNLOADED, properties: [{attribute: contentType, op: equals, "
                                + "value: case-study, not: true}]}",
                        EngagementType.CONTENT_DOWNLOADED,
                        null,
                        Map.of("content_type", "case_study"),
                        0),
                Arguments.of("{customType: trade-show-scan}", EngagementType.CUSTOM, "Trade-Show-Scan", Map.of(), 10),
                Arguments.of("{customType: trade-show-scan}", EngagementType.CUSTOM, "badge-print", Map.of(), 0),
                Arguments.of(
                        "{type: DEMO_REQUESTED, channels: [CONTACT_FORM]}",
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Map.of(),
                        10),
                Arguments.of(
                        "{type: DEMO_REQUESTED, channels: [TRADE_SHOW]}",
                        EngagementType.DEMO_REQUESTED,
                        null,
                        Map.of(),
                        0));
    }

    @ParameterizedTest(name = "{0} on {1}/{2} {3} gives {4}")
    @MethodSource("eventRules")
    void a_behaviour_rule_counts_exactly_the_events_it_names(
            String event, EngagementType type, String customType, Map<String, String> properties, int points) {
        ScoringModel model = Models.model("""
                id: t
                threshold: 50
                rules:
                  - {id: r, category: behaviour, event: %s, points: 10}
                """.formatted(event));
        ModelState state = ModelState.empty();
        state.add(
                model,
                new Engagement(
                        UUID.randomUUID(),
                        type,
                        customType,
                        Channel.CONTACT_FORM,
                        null,
                        null,
                        new HashMap<>(properties),
                        NOW));

        assertThat(model.score(state, new LeadFacts(ProfileFacts.unknown(), null), NOW)
                        .score())
                .isEqualTo(points);
    }
}
