package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.IntakeAdmission;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Admission control at the door: while too many stored events wait to be passed on, a request that would store more
 * (an event, a batch, a Segment call, a profile) is answered with a 503 {@code overloaded} problem and
 * {@code Retry-After} before its body is read, and changes nothing; reads, consent and privacy requests always pass.
 */
@Component
class AdmissionControl implements HandlerInterceptor, WebMvcConfigurer {

    private final FindIntakeAdmissionQuery admission;
    private final IngestionMetrics metrics;

    AdmissionControl(FindIntakeAdmissionQuery admission, IngestionMetrics metrics) {
        this.admission = admission;
        this.metrics = metrics;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/api/v1/events", "/api/v1/events/batch", "/api/v1/contacts", "/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        IntakeAdmission now = admission.admission();
        if (!now.admitted()) {
            metrics.rejected("backlog.limit");
            throw new OverloadedException(now);
        }
        return true;
    }

    /** Intake refused for now: the backlog and when to come back. */
    static final class OverloadedException extends RuntimeException {

        private final transient IntakeAdmission admission;

        OverloadedException(IntakeAdmission admission) {
            super("LeadFlow takes in events faster than it can pass them on: " + admission.backlog()
                    + " events wait (at most " + admission.limit() + " are held back); nothing of this request was"
                    + " stored, send it again after " + admission.retryAfter().toSeconds() + " s");
            this.admission = admission;
        }

        IntakeAdmission admission() {
            return admission;
        }
    }
}
