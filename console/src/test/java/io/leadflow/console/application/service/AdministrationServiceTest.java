package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdministrationServiceTest {

    @Test
    void working_hours_lines_and_holiday_lists_become_the_teams_calendar() {
        AdminApi.TeamForm form = AdministrationService.form(new SalesOrganisationUseCase.TeamFields(
                " Inbound ",
                "boss@example.com",
                "Europe/Berlin",
                "monday=09:00-17:00\r\n\r\nFRIDAY = 09:00-13:00",
                "2026-12-25, 2026-12-26",
                " "));

        assertThat(form.name()).isEqualTo("Inbound");
        assertThat(form.workingHours()).isEqualTo(Map.of("MONDAY", "09:00-17:00", "FRIDAY", "09:00-13:00"));
        assertThat(form.holidays()).containsExactly("2026-12-25", "2026-12-26");
        assertThat(form.slackWebhookUrl()).isNull();
    }

    @Test
    void a_working_hours_line_without_a_weekday_is_refused_naming_the_field() {
        assertThatThrownBy(() -> AdministrationService.form(new SalesOrganisationUseCase.TeamFields(
                        "Inbound", "boss@example.com", "UTC", "09:00-17:00", "", null)))
                .isInstanceOfSatisfying(
                        ApiRefusal.class,
                        refusal -> assertThat(refusal.fields()).containsKey("workingHours"));
    }

    @Test
    void comma_lists_drop_blanks() {
        assertThat(AdministrationService.list(" smb, , mid-market ")).isEqualTo(List.of("smb", "mid-market"));
    }
}
