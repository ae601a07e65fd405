package io.leadflow.ingestion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.IntakeAdmission;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IntakeAdmissionTest {

    private final AtomicLong backlog = new AtomicLong();
    private final FindIntakeAdmissionQuery admission =
            IngestionServices.intakeAdmission(backlog::get, AdmissionSettings.of(1_000, 80, Duration.ofSeconds(7)));

    @Test
    void takes_in_up_to_the_limit_and_refuses_above_it_with_the_retry_delay() {
        backlog.set(1_000);
        assertThat(admission.admission().admitted()).isTrue();

        backlog.set(1_001);
        IntakeAdmission refused = admission.admission();
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.backlog()).isEqualTo(1_001);
        assertThat(refused.limit()).isEqualTo(1_000);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void once_refusing_it_takes_in_again_only_below_the_resume_mark_so_it_does_not_flap_at_the_limit() {
        backlog.set(1_500);
        assertThat(admission.admission().admitted()).isFalse();

        backlog.set(950);
        assertThat(admission.admission().admitted())
                .as("below the limit, above 80 %")
                .isFalse();
        backlog.set(800);
        assertThat(admission.admission().admitted()).as("at the resume mark").isFalse();
        backlog.set(799);
        assertThat(admission.admission().admitted()).isTrue();

        backlog.set(950);
        assertThat(admission.admission().admitted())
                .as("admitting again: up to the limit")
                .isTrue();
    }

    @Test
    void a_limit_of_zero_takes_in_everything() {
        FindIntakeAdmissionQuery unlimited =
                IngestionServices.intakeAdmission(backlog::get, AdmissionSettings.of(0, 80, Duration.ofSeconds(5)));
        backlog.set(10_000_000);
        assertThat(unlimited.admission().admitted()).isTrue();
    }

    @Test
    void refuses_settings_that_cannot_work() {
        assertThatThrownBy(() -> new AdmissionSettings(100, 200, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdmissionSettings.of(100, 80, Duration.ofMillis(300)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdmissionSettings.of(-1, 80, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
