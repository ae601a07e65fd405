package io.leadflow.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.scoring.domain.model.InvalidModelException;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ModelViolation;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelDocumentTest {

    private static final String VALID = """
            id: enterprise
            segment: {name: enterprise, priority: 10, filter: [{attribute: company.employees, op: range, min: 1000}]}
            threshold: 60
            rules:
              - {id: title, category: fit, condition: {attribute: jobTitle, op: matches, pattern: "(?i).*cto.*"}, points: 20}
              - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 5, cap: 20}
              - {id: gmail, category: negative, condition: {attribute: freeMail, op: equals, value: "true"}, points: -10}
            """;

    @Test
    void the_shipped_default_model_reads_with_the_domain_points_table() {
        ScoringModel model = Models.defaultModel();

        assertThat(model.id()).isEqualTo("default");
        assertThat(model.threshold()).isEqualTo(50);
        assertThat(model.rules())
                .extracting(rule -> rule.id() + "=" + rule.points())
                .contains(
                        "email-opened=2",
                        "email-clicked=5",
                        "website-visited=10",
                        "content-downloaded=15",
                        "meeting-booked=50",
                        "free-mail=-10",
                        "unsubscribed=-30",
                        "email-bounced=-20");
    }

    @Test
    void a_valid_document_becomes_a_model_with_its_segment_and_rules() {
        ScoringModel model = Models.model(VALID);

        assertThat(model.segment().priority()).isEqualTo(10);
        assertThat(model.rules()).hasSize(3);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of(
                        "a bad regular expression",
                        VALID.replace("(?i).*cto.*", "(unclosed"),
                        "rules[0].condition.pattern",
                        "pattern.invalid"),
                Arguments.of(
                        "a pattern with a backreference",
                        VALID.replace("(?i).*cto.*", "(cto)\\\\1"),
                        "rules[0].condition.pattern",
                        "pattern.unsupported"),
                Arguments.of(
                        "a pattern with a lookahead",
                        VALID.replace("(?i).*cto.*", "(?=.*cto).*"),
                        "rules[0].condition.pattern",
                        "pattern.unsupported"),
                Arguments.of(
                        "a pattern with a lookbehind",
                        VALID.replace("(?i).*cto.*", ".*(?<!vice )cto"),
                        "rules[0].condition.pattern",
                        "pattern.unsupported"),
                Arguments.of(
                        "an unknown attribute",
                        VALID.replace("attribute: jobTitle", "attribute: shoeSize"),
                        "rules[0].condition.attribute",
                        "attribute.unknown"),
                Arguments.of(
                        "an unknown event type",
                        VALID.replace("WEBSITE_VISITED", "TELEPORTED"),
                        "rules[1].event.type",
                        "type.unknown"),
                Arguments.of(
                        "a threshold above the scale",
                        VALID.replace("threshold: 60", "threshold: 600"),
                        "threshold",
                        "threshold.range"),
                Arguments.of(
                        "a negative rule that adds points",
                        VALID.replace("points: -10", "points: 10"),
                        "rules[2].points",
                        "negative.points"),
                Arguments.of(
                        "a duplicate rule id",
                        VALID.replace("id: gmail", "id: visit"),
                        "rules[2].id",
                        "rule.id.duplicate"),
                Arguments.of(
                        "points that are not a number",
                        VALID.replace("points: 5", "points: five"),
                        "rules[1].points",
                        "type.integer"),
                Arguments.of(
                        "a huge number",
                        VALID.replace("points: 5", "points: 99999999999999999999"),
                        "rules[1].points",
                        "type.integer"),
                Arguments.of(
                        "an unknown operator",
                        VALID.replace("op: matches", "op: sounds-like"),
                        "rules[0].condition.op",
                        "op.unknown"),
                Arguments.of(
                        "a misspelt field", VALID.replace("cap: 20", "capp: 20"), "rules[1].capp", "field.unknown"),
                Arguments.of(
                        "a fit rule on events",
                        VALID.replace("category: behaviour", "category: fit"),
                        "rules[1].event",
                        "fit.event"),
                Arguments.of(
                        "a count of zero",
                        VALID.replace("cap: 20", "count: {atLeast: 0}"),
                        "rules[1].count.atLeast",
                        "count.atLeast.range"),
                Arguments.of(
                        "no rules", VALID.substring(0, VALID.indexOf("rules:")) + "rules: []", "rules", "rules.size"),
                Arguments.of(
                        "a model id with spaces", VALID.replace("id: enterprise", "id: big customers"), "id", "slug"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void refuses_a_document_naming_the_offending_place(String what, String yaml, String field, String rule) {
        assertThatThrownBy(() -> ModelDocument.parse(Models.document(yaml), 1))
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).violations())
                        .extracting(ModelViolation::field, ModelViolation::rule)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, rule)));
    }

    @Test
    void yaml_keys_written_as_numbers_read_as_their_text() {
        ScoringModel model = Models.model(VALID + "grades: {engagement: {1: 90, 2: 60, 3: 30}, fit: {A: 30}}\n");

        assertThat(model.grades().engagement1()).isEqualTo(90);
        assertThat(model.grades().fitA()).isEqualTo(30);
    }

    @Test
    void refuses_something_that_is_not_a_document() {
        assertThatThrownBy(() -> ModelDocument.parse("just text", 1)).isInstanceOf(InvalidModelException.class);
        assertThatThrownBy(() -> ModelDocument.parse(null, 1)).isInstanceOf(InvalidModelException.class);
    }
}
