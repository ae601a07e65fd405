package io.leadflow.nurturing.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.EnrollmentView;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.in.NotFoundException;
import io.leadflow.nurturing.application.port.in.RejectedLeadPage;
import io.leadflow.nurturing.application.port.in.RejectedLeadView;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import io.leadflow.nurturing.application.port.in.TrackView;
import io.leadflow.nurturing.domain.DefaultTracks;
import io.leadflow.nurturing.domain.EnrollmentSource;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepStatus;
import io.leadflow.nurturing.domain.TrackRef;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {EnrollmentController.class, TrackController.class, RejectedLeadController.class})
@Import({SignedInByDefault.class, NurtureWebTest.FixedClock.class, NurtureWebMapperImpl.class})
class NurtureWebTest {

    private static final TrackRef QUARTERLY = new TrackRef("quarterly-check-in", "Long cadence: quarterly check-in");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindEnrollmentQuery findEnrollment;

    @MockitoBean
    FindTracksQuery findTracks;

    @MockitoBean
    FindRejectedLeadsQuery findRejectedLeads;

    @MockitoBean
    DefineTrackUseCase defineTrack;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Test
    void an_enrolment_shows_status_track_and_the_rejection_behind_it() throws Exception {
        LeadId lead = LeadId.newId();
        given(findEnrollment.findEnrollment(lead))
                .willReturn(new EnrollmentView(
                        lead,
                        EnrollmentStatus.ACTIVE,
                        QUARTERLY,
                        EnrollmentSource.REJECTION,
                        RejectionReason.TIMING,
                        "call in Q3",
                        "rep-17",
                        Instant.parse("2026-11-02T10:00:00Z"),
                        LifecycleStage.NURTURING,
                        null,
                        null,
                        List.of(new ScheduledStep(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                lead,
                                1,
                                "Quarterly check-in 1",
                                "How are things?",
                                Instant.parse("2027-01-31T10:00:00Z"),
                                StepStatus.SCHEDULED,
                                null)),
                        1,
                        List.of("2026-06-01 rejected by rep-3 for no_budget")));

        mvc.perform(get("/api/v1/nurture/enrollments/{id}", lead.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(lead.toString()))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.track.key").value("quarterly-check-in"))
                .andExpect(jsonPath("$.track.name").value("Long cadence: quarterly check-in"))
                .andExpect(jsonPath("$.reason").value("timing"))
                .andExpect(jsonPath("$.note").value("call in Q3"))
                .andExpect(jsonPath("$.rejectedBy").value("rep-17"))
                .andExpect(jsonPath("$.enrolledAt").value("2026-11-02T10:00:00Z"))
                .andExpect(jsonPath("$.steps[0].name").value("Quarterly check-in 1"))
                .andExpect(jsonPath("$.steps[0].dueAt").value("2027-01-31T10:00:00Z"))
                .andExpect(jsonPath("$.steps[0].status").value("SCHEDULED"))
                .andExpect(jsonPath("$.recycleCount").value(1))
                .andExpect(jsonPath("$.history[0]").value("2026-06-01 rejected by rep-3 for no_budget"));
    }

    @Test
    void a_lead_id_that_is_not_a_uuid_is_a_400_problem_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/nurture/enrollments/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/invalid-field"))
                .andExpect(jsonPath("$.field").value("leadId"))
                .andExpect(jsonPath("$.rule").value("leadId.format"));
        verifyNoInteractions(findEnrollment);
    }

    @Test
    void a_lead_that_was_never_enrolled_is_a_404_problem() throws Exception {
        LeadId lead = LeadId.newId();
        given(findEnrollment.findEnrollment(lead)).willThrow(new NotFoundException("enrollment", lead.toString()));

        mvc.perform(get("/api/v1/nurture/enrollments/{id}", lead.toString()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://leadflow.io/problems/not-found"))
                .andExpect(jsonPath("$.id").value(lead.toString()));
    }

    @Test
    void the_tracks_are_listed_with_the_reasons_they_take() throws Exception {
        given(findTracks.findTracks()).willReturn(List.of(new TrackView(DefaultTracks.MONTHLY_NEWSLETTER)));

        mvc.perform(get("/api/v1/nurture/tracks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("monthly-newsletter"))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].reasons[0].reason").value("already_in_contact"))
                .andExpect(jsonPath("$[0].reasons[1].reason").value("other"))
                .andExpect(jsonPath("$[0].belowThreshold.priority").value(0))
                .andExpect(jsonPath("$[0].steps[0].delay").value("PT720H"))
                .andExpect(jsonPath("$[0].exit.maxDuration").value("PT8760H"));
    }

    @Test
    void rejected_leads_are_filtered_by_reason_and_paged() throws Exception {
        LeadId lead = LeadId.newId();
        given(findRejectedLeads.findRejectedLeads(new RejectedLeadsFilter(
                        Optional.of(RejectionReason.TIMING),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        2,
                        10)))
                .willReturn(new RejectedLeadPage(
                        List.of(new RejectedLeadView(
                                lead,
                                RejectionReason.TIMING,
                                null,
                                "rep-17",
                                Optional.of(QUARTERLY),
                                "ACTIVE",
                                Instant.parse("2026-11-02T09:30:00Z"))),
                        2,
                        10,
                        21));

        mvc.perform(get("/api/v1/nurture/rejected")
                        .param("reason", "timing")
                        .param("page", "2")
                        .param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].leadId").value(lead.toString()))
                .andExpect(jsonPath("$.items[0].reason").value("timing"))
                .andExpect(jsonPath("$.items[0].rejectedBy").value("rep-17"))
                .andExpect(jsonPath("$.items[0].track.key").value("quarterly-check-in"))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.items[0].rejectedAt").value("2026-11-02T09:30:00Z"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.total").value(21));
    }

    @Test
    void an_unknown_reason_filter_is_a_400_problem_naming_reason() throws Exception {
        mvc.perform(get("/api/v1/nurture/rejected").param("reason", "too_expensive"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.rule").value("reason.unknown"));
        verifyNoInteractions(findRejectedLeads);
    }

    @Test
    void a_page_size_above_200_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/v1/nurture/rejected").param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"))
                .andExpect(jsonPath("$.rule").value("size.max"));
        verifyNoInteractions(findRejectedLeads);
    }

    @Test
    void a_page_that_is_not_a_number_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/v1/nurture/rejected").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"))
                .andExpect(jsonPath("$.rule").value("page.format"));
    }

    @Test
    void without_parameters_the_newest_50_of_every_reason_are_asked_for() throws Exception {
        given(findRejectedLeads.findRejectedLeads(any()))
                .willReturn(new RejectedLeadPage(List.of(), 0, RejectedLeadsFilter.DEFAULT_SIZE, 0));

        mvc.perform(get("/api/v1/nurture/rejected"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items").isEmpty());
        verify(findRejectedLeads).findRejectedLeads(RejectedLeadsFilter.all(0, RejectedLeadsFilter.DEFAULT_SIZE));
    }

    @Test
    void a_period_outside_the_calendar_we_keep_is_a_400_problem_not_a_server_error() throws Exception {
        mvc.perform(get("/api/v1/nurture/rejected").param("from", "+999999999-12-31T23:59:59Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.rule").value("from.range"));
        mvc.perform(get("/api/v1/nurture/rejected").param("to", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        verifyNoInteractions(findRejectedLeads);
    }
}
