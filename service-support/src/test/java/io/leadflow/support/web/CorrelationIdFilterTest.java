package io.leadflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

    private final List<String> seenWhileHandling = new ArrayList<>();

    @Test
    void the_gateway_s_correlation_id_is_in_the_log_context_while_the_request_is_handled_and_gone_after()
            throws Exception {
        handle("crm-sync.2024_11-05");

        assertThat(seenWhileHandling).containsExactly("crm-sync.2024_11-05");
        assertThat(MDC.get("correlation.id")).isNull();
    }

    @Test
    void a_request_without_a_sane_correlation_id_logs_none() throws Exception {
        handle("<script>alert(1)</script>");
        handle(null);

        assertThat(seenWhileHandling).containsOnlyNulls().hasSize(2);
    }

    private void handle(String correlationId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/anything");
        if (correlationId != null) {
            request.addHeader("X-Correlation-Id", correlationId);
        }
        new CorrelationIdFilter()
                .doFilter(
                        request,
                        new MockHttpServletResponse(),
                        (req, res) -> seenWhileHandling.add(MDC.get("correlation.id")));
    }
}
