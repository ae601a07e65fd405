package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad inputs: each one gets a 4xx RFC 9457 problem naming the field and the rule, and stores nothing.
 * Never a 5xx, whatever the client sends.
 */
class BadInputIT extends RunningServiceIT {

    private static final String AT = Instant.now()
            .minus(1, ChronoUnit.HOURS)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();
    private static final String EMAIL = "bad.input@contoso-bad.com";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad(
                        "malformed JSON",
                        "/api/v1/events",
                        "{\"type\":",
                        "application/json",
                        400,
                        "body",
                        "json.malformed"),
                bad(
                        "properties of the wrong JSON type",
                        "/api/v1/events",
                        event("email_opened").replace("{\"subject\":\"Hello\"}", "\"text\""),
                        "application/json",
                        400,
                        "properties",
                        "json.type"),
                bad(
                        "an unknown event type",
                        "/api/v1/events",
                        event("telepathy"),
                        "application/json",
                        400,
                        "type",
                        "type.unknown"),
                bad(
                        "no e-mail and no anonymous id",
                        "/api/v1/events",
                        event("email_opened").replace("\"email\":\"" + EMAIL + "\",", ""),
                        "application/json",
                        400,
                        "email",
                        "identity.required"),
                bad(
                        "an invalid e-mail",
                        "/api/v1/events",
                        event("email_opened").replace(EMAIL, "bad@@contoso"),
                        "application/json",
                        400,
                        "email",
                        "email.format"),
                bad(
                        "a time an hour in the future",
                        "/api/v1/events",
                        event("email_opened")
                                .replace(
                                        AT,
                                        Instant.now()
                                                .plus(1, ChronoUnit.HOURS)
                                                .truncatedTo(ChronoUnit.SECONDS)
                                                .toString()),
                        "application/json",
                        400,
                        "occurredAt",
                        "occurredAt.notInFuture"),
                bad(
                        "a body over 64KB",
                        "/api/v1/events",
                        event("email_opened").replace("Hello", "x".repeat(70_000)),
                        "application/json",
                        413,
                        "body",
                        "body.size"),
                bad(
                        "51 properties",
                        "/api/v1/events",
                        event("email_opened").replace("{\"subject\":\"Hello\"}", manyProperties(51)),
                        "application/json",
                        400,
                        "properties",
                        "properties.size"),
                bad(
                        "an overlong source",
                        "/api/v1/events",
                        event("email_opened").replace("newsletter", "n".repeat(201)),
                        "application/json",
                        400,
                        "source",
                        "text.length"),
                bad(
                        "a NUL character",
                        "/api/v1/events",
                        event("email_opened").replace("Hello", "He\\u0000llo"),
                        "application/json",
                        400,
                        "properties.subject",
                        "text.nul"),
                bad(
                        "an unknown channel",
                        "/api/v1/events",
                        event("email_opened").replace("\"email\",", "\"pigeon\","),
                        "application/json",
                        400,
                        "channel",
                        "channel.unknown"),
                bad(
                        "a huge number of employees",
                        "/api/v1/contacts",
                        "{\"email\":\"" + EMAIL + "\",\"company\":{\"employees\":1e400}}",
                        "application/json",
                        400,
                        "company.employees",
                        "attribute.integer"),
                bad(
                        "a batch of 1,001 events",
                        "/api/v1/events/batch",
                        "[" + String.join(",", java.util.Collections.nCopies(1001, event("email_opened"))) + "]",
                        "application/json",
                        400,
                        "body",
                        "batch.size"),
                bad(
                        "a CSV with a broken header",
                        "/api/v1/imports?kind=events",
                        "type,when,email\nx,y,z\n",
                        "text/csv",
                        400,
                        "file",
                        "csv.header"),
                bad(
                        "a CSV with a repeated column",
                        "/api/v1/imports?kind=contacts",
                        "email,email\na,b\n",
                        "text/csv",
                        400,
                        "file",
                        "csv.header"),
                bad(
                        "a CSV with a value past the length limit on its third row",
                        "/api/v1/imports?kind=contacts",
                        "email,firstName\na@contoso.com,A\nb@contoso.com,B\nc@contoso.com," + "c".repeat(10_001) + "\n",
                        "text/csv",
                        400,
                        "file",
                        "csv.valueLength"),
                bad(
                        "an import of an unknown kind",
                        "/api/v1/imports?kind=deals",
                        "email\n",
                        "text/csv",
                        400,
                        "kind",
                        "kind.unknown"),
                bad(
                        "a Segment track without an event name",
                        "/v1/track",
                        "{\"userId\":\"" + EMAIL + "\",\"properties\":{}}",
                        "application/json",
                        400,
                        "event",
                        "event.required"),
                bad(
                        "a Segment call over 32KB",
                        "/v1/track",
                        "{\"userId\":\"u1\",\"event\":\"Email Opened\"," + "\"properties\":{\"p\":\""
                                + "x".repeat(33_000) + "\"}}",
                        "application/json",
                        413,
                        "body",
                        "body.size"),
                bad(
                        "a Segment call without any identity",
                        "/v1/page",
                        "{\"name\":\"Pricing\"}",
                        "application/json",
                        400,
                        "userId",
                        "identity.required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void a_bad_input_is_a_problem_naming_the_field_and_rule_and_stores_nothing(
            String why, String path, String body, String contentType, int status, String field, String rule) {
        long before = stored();

        HttpCalls.Answer answer = http().send("POST", path, body, contentType);

        assertThat(answer.status()).as(why).isEqualTo(status);
        assertThat(answer.response().headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(answer.json().path("field").asString()).as(why).isEqualTo(field);
        assertThat(answer.json().path("rule").asString()).as(why).isEqualTo(rule);
        assertThat(stored()).as("nothing stored for " + why).isEqualTo(before);
    }

    @Test
    void the_answer_to_an_unknown_type_lists_the_known_ones() {
        assertThat(http().post("/api/v1/events", event("telepathy"))
                        .json()
                        .path("detail")
                        .asString())
                .contains("demo_requested", "website_visited", "email_bounced");
    }

    private long stored() {
        return jdbc.sql("select (select count(*) from engagement) + (select count(*) from contact) "
                        + "+ (select count(*) from import_job)")
                .query(Long.class)
                .single();
    }

    private static Arguments bad(
            String why, String path, String body, String contentType, int status, String field, String rule) {
        return Arguments.of(why, path, body, contentType, status, field, rule);
    }

    private static String event(String type) {
        return """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"email","source":"newsletter",\
                "properties":{"subject":"Hello"}}""".formatted(type, AT, EMAIL);
    }

    private static String manyProperties(int n) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        return json.append('}').toString();
    }
}
