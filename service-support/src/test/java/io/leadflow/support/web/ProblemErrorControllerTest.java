package io.leadflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController errors = new ProblemErrorController("scoring-service");

    @Test
    void an_exception_thrown_by_a_filter_is_a_500_problem_with_the_correlation_id_and_no_internals() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.addHeader(CorrelationIdFilter.HEADER, "c0ffee-42");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(
                RequestDispatcher.ERROR_EXCEPTION,
                new IllegalStateException("password=hunter2 at jdbc:postgresql://db-7.internal/leads"));
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/leads");

        ResponseEntity<ProblemDetail> answer = errors.error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).hasToString("https://leadflow.io/problems/internal-error");
        assertThat(problem.getProperties())
                .containsEntry("correlationId", "c0ffee-42")
                .containsEntry("service", "scoring-service")
                .doesNotContainKeys("trace", "exception", "message", "path", "timestamp");
        assertThat(problem.toString())
                .doesNotContain("IllegalStateException", "hunter2", "db-7.internal", "/api/v1/leads");
    }

    @Test
    void a_refusal_by_the_container_keeps_its_status_as_a_problem() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);

        ResponseEntity<ProblemDetail> answer = errors.error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().getType()).hasToString("https://leadflow.io/problems/body-too-large");
        assertThat(answer.getBody().getProperties()).doesNotContainKey("correlationId");
    }

    @Test
    void a_call_to_the_error_path_itself_is_not_found() {
        ResponseEntity<ProblemDetail> answer = errors.error(new MockHttpServletRequest("GET", "/error"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().getType()).hasToString("https://leadflow.io/problems/not-found");
    }
}
