package io.leadflow.support.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

class BaseProblemHandlerTest {

    private static final String PROBLEMS = "https://leadflow.io/problems/";

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ThingController())
            .setControllerAdvice(new ThingProblemHandler())
            .addFilters(new CorrelationIdFilter())
            .build();

    @Test
    void a_broken_field_rule_names_the_field_and_the_rule() throws Exception {
        mvc.perform(get("/things/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-field"))
                .andExpect(jsonPath("$.title").value("A field breaks a rule"))
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.rule").value("email.format"))
                .andExpect(jsonPath("$.detail").value("email must look like an e-mail address"))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].rule").value("email.format"));
    }

    @Test
    void a_value_of_the_wrong_type_names_its_json_path() throws Exception {
        mvc.perform(post("/things")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"parts\": [{\"count\": \"many\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-field"))
                .andExpect(jsonPath("$.field").value("parts[0].count"))
                .andExpect(jsonPath("$.rule").value("field.type"));
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_a_whole_without_the_parser_s_words() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-field"))
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.rule").value("body.json"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Jackson"))));
    }

    @Test
    void a_missing_or_malformed_parameter_is_a_broken_field_rule() throws Exception {
        mvc.perform(get("/things"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-field"))
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.rule").value("size.required"));
        mvc.perform(get("/things").param("size", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.rule").value("size.format"));
        mvc.perform(get("/things/owned"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("X-Owner"))
                .andExpect(jsonPath("$.rule").value("X-Owner.required"));
    }

    @Test
    void spring_s_own_refusals_get_stable_types() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("a thing"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "unsupported-media-type"));
        mvc.perform(delete("/things"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void an_illegal_stage_move_is_a_conflict_naming_both_stages() throws Exception {
        mvc.perform(get("/things/stage"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "illegal-stage-transition"))
                .andExpect(jsonPath("$.title").value("The lead cannot make this move"))
                .andExpect(jsonPath("$.from").value("WON"))
                .andExpect(jsonPath("$.to").value("MQL"));
    }

    @Test
    void a_database_outage_asks_for_the_same_request_again_in_five_seconds() throws Exception {
        for (String outage : List.of("no-connection", "connection-lost", "rollback-failed")) {
            mvc.perform(get("/things/{outage}", outage))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "service-unavailable"))
                    .andExpect(jsonPath("$.title").value("Service unavailable"))
                    .andExpect(jsonPath("$.detail")
                            .value("things cannot reach its database right now; send the same request again"))
                    .andExpect(jsonPath("$.service").value("thing-service"));
        }
    }

    @Test
    void anything_unexpected_is_a_500_that_tells_nothing_of_the_internals_but_the_correlation_id() throws Exception {
        mvc.perform(get("/things/bug").header(CorrelationIdFilter.HEADER, "c-42"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "internal-error"))
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.service").value("thing-service"))
                .andExpect(jsonPath("$.correlationId").value("c-42"))
                .andExpect(content().string(not(containsString("jdbc:"))))
                .andExpect(content().string(not(containsString("NullPointer"))));
    }

    @Test
    void a_service_s_own_problem_type_is_answered_by_its_subclass() throws Exception {
        mvc.perform(get("/things/sold-out"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "sold-out"))
                .andExpect(jsonPath("$.title").value("Sold out"));
    }

    record Part(int count) {}

    record Thing(String name, List<Part> parts) {}

    static final class SoldOutException extends RuntimeException {
        SoldOutException() {
            super("no things left");
        }
    }

    @RestController
    static class ThingController {

        @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
        Thing create(@RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/things")
        List<Thing> list(@RequestParam int size) {
            return List.of();
        }

        @GetMapping("/things/owned")
        List<Thing> owned(@RequestHeader("X-Owner") String owner) {
            return List.of();
        }

        @GetMapping("/things/{what}")
        Thing fail(@PathVariable String what) {
            throw switch (what) {
                case "invalid" ->
                    new InvalidValueException("email", "email.format", "email must look like an e-mail address");
                case "stage" ->
                    new IllegalStageTransitionException(LifecycleStage.WON, LifecycleStage.MQL, "a won lead stays won");
                case "no-connection" -> new CannotCreateTransactionException("pool exhausted");
                case "connection-lost" -> new DataAccessResourceFailureException("connection reset");
                case "rollback-failed" -> new TransactionSystemException("could not roll back");
                case "sold-out" -> new SoldOutException();
                default -> new IllegalStateException("NullPointer near jdbc:postgresql://db.internal:5432/things");
            };
        }
    }

    @RestControllerAdvice
    static class ThingProblemHandler extends BaseProblemHandler {

        ThingProblemHandler() {
            super("thing-service", "things");
        }

        @ExceptionHandler(SoldOutException.class)
        ProblemDetail soldOut(SoldOutException e) {
            return problem(HttpStatus.CONFLICT, "sold-out", "Sold out", e.getMessage());
        }
    }
}
