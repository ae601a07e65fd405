package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.TeamBoard;
import io.leadflow.console.application.port.in.FindTeamBoardQuery;
import io.leadflow.console.application.port.in.ReassignHandoffUseCase;
import io.leadflow.console.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(TeamController.class)
class TeamControllerTest {

    private static final UUID TEAM = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID HANDOFF = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
    private static final UUID LATE = UUID.fromString("00000000-0000-0000-0000-0000000000c4");
    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d4");
    private static final UUID UNASSIGNED = UUID.fromString("00000000-0000-0000-0000-0000000000e5");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindTeamBoardQuery board;

    @MockitoBean
    ReassignHandoffUseCase reassign;

    @MockitoBean
    SetRepAvailabilityUseCase availability;

    @Test
    void the_manager_sees_each_reps_open_hand_offs_marked_on_time_reminded_or_breached_and_who_is_away()
            throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        String page = page(asManager(get("/team")));

        assertThat(page).contains("id=\"team-board\"", "Inbound", "Anna", "Ben", LEAD.toString());
        assertThat(page).contains("on time", "breached", ">away<", ">available<");
        assertThat(page)
                .contains("id=\"reassign-" + HANDOFF + "\"", "id=\"away-" + ANNA + "\"", "Mark away", "Mark back");
        assertThat(page).contains("hx-trigger=\"every 10s\"");
        assertThat(page)
                .contains("hx-post=\"/team/reps/" + ANNA + "/availability\"", "name=\"available\" value=\"false\"")
                .contains("hx-post=\"/team/handoffs/" + HANDOFF + "/reassign\"", "name=\"available\" value=\"true\"");
        String reassignChoices = page.substring(page.indexOf("id=\"to-" + HANDOFF + "\""));
        reassignChoices = reassignChoices.substring(0, reassignChoices.indexOf("</select>"));
        assertThat(reassignChoices).contains(">Cleo</option>").doesNotContain(">Ben</option>", ">Anna</option>");
    }

    @Test
    void hand_offs_waiting_for_a_rep_are_listed_with_why_they_wait_and_can_go_to_an_available_rep_of_the_team()
            throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        String page = page(asManager(get("/team")));

        assertThat(page)
                .contains("id=\"waiting-" + TEAM + "\"", "Waiting for a rep", "(1)")
                .contains("id=\"waiting-handoff-" + UNASSIGNED + "\"", "Jane Doe, Acme", "hot, waiting for a rep")
                .contains("no sales rep was available", "2026-12-05 08:30 UTC")
                .contains("id=\"assign-" + UNASSIGNED + "\"", "hx-post=\"/team/handoffs/" + UNASSIGNED + "/reassign\"")
                .contains("<label for=\"assign-to-" + UNASSIGNED + "\">To rep</label>");
        String choices = page.substring(page.indexOf("id=\"assign-to-" + UNASSIGNED + "\""));
        choices = choices.substring(0, choices.indexOf("</select>"));
        assertThat(choices).contains(">Anna</option>", ">Cleo</option>").doesNotContain(">Ben</option>");
    }

    @Test
    void a_team_whose_reps_are_all_away_says_to_mark_one_back_instead_of_offering_nobody() throws Exception {
        given(board.findTeamBoard(any())).willReturn(boardAllAway());

        String page = page(asManager(get("/team")));

        assertThat(page)
                .contains("id=\"waiting-handoff-" + UNASSIGNED + "\"", "mark one back to assign it")
                .doesNotContain("id=\"assign-" + UNASSIGNED + "\"");
    }

    @Test
    void assigning_a_waiting_hand_off_calls_the_reassign_api_and_answers_the_board() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        String fragment = page(asManager(post("/team/handoffs/{id}/reassign", UNASSIGNED))
                .param("repId", ANNA.toString())
                .header("HX-Request", "true"));

        Mockito.verify(reassign).reassign(any(), eq(UNASSIGNED), eq(ANNA));
        assertThat(fragment).contains("id=\"team-board\"");
    }

    @Test
    void the_poll_pauses_while_a_form_of_the_board_has_focus_through_the_consoles_own_script() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        assertThat(page(asManager(get("/team"))))
                .contains("data-poll-pauses-on-focus", "src=\"/assets/console.js\"")
                .doesNotContain("hx-on");
    }

    @Test
    void an_accepted_hand_off_offers_no_reassignment() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        assertThat(page(asManager(get("/team")))).doesNotContain("id=\"reassign-" + LATE + "\"");
    }

    @Test
    void reassigning_calls_the_api_and_answers_the_board() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        String fragment = page(asManager(post("/team/handoffs/{id}/reassign", HANDOFF))
                .param("repId", BEN.toString())
                .header("HX-Request", "true"));

        Mockito.verify(reassign).reassign(any(), eq(HANDOFF), eq(BEN));
        assertThat(fragment).contains("id=\"team-board\"").doesNotContain("<html");
    }

    @Test
    void marking_a_rep_away_calls_the_availability_api() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        page(asManager(post("/team/reps/{id}/availability", ANNA)).param("available", "false"));

        Mockito.verify(availability).setAvailability(any(), eq(ANNA), eq(false));
    }

    @Test
    void a_refused_reassignment_shows_the_apis_words_in_the_problem_area() throws Exception {
        willThrow(new ApiRefusal(400, "the new rep is away", Map.of("repId", "the new rep is away")))
                .given(reassign)
                .reassign(any(), any(), any());

        String answer = mvc.perform(asManager(post("/team/handoffs/{id}/reassign", HANDOFF))
                        .param("repId", BEN.toString())
                        .header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("the new rep is away", "repId");
        assertThat(answer)
                .containsPattern("<button type=\"button\" class=\"dismiss\" data-dismiss-problem[^>]*"
                        + "aria-label=\"Dismiss this message\">Dismiss</button>")
                .doesNotContain("onclick", "hx-on");
    }

    @Test
    void every_page_loads_the_consoles_script_that_dismisses_and_clears_the_problem_area() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        assertThat(page(asManager(get("/team"))))
                .contains("<script src=\"/assets/console.js\" defer></script>", "id=\"problem\"");
        String script = new String(
                getClass().getResourceAsStream("/static/assets/console.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(script)
                .contains("[data-dismiss-problem]", "htmx:afterRequest", "detail.successful", "replaceChildren")
                .contains("data-poll-pauses-on-focus", "htmx:beforeRequest", "preventDefault")
                .doesNotContain("eval(", "new Function");
    }

    @Test
    void hostile_names_render_as_text() throws Exception {
        given(board.findTeamBoard(any()))
                .willReturn(new TeamBoard(List.of(new TeamBoard.Team(
                        TEAM,
                        "<script>alert(1)</script>",
                        List.of(),
                        List.of(new TeamBoard.Waiting(
                                UNASSIGNED,
                                LEAD,
                                90,
                                false,
                                null,
                                "<script>alert(1)</script>",
                                "<script>alert(1)</script>"))))));

        String page = page(asManager(get("/team")));

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void a_manager_of_no_team_is_told_what_happens_next() throws Exception {
        given(board.findTeamBoard(any())).willReturn(new TeamBoard(List.of()));

        assertThat(page(asManager(get("/team")))).contains("You manage no team yet");
    }

    @Test
    void a_rep_and_marketing_get_403_and_no_api_call() throws Exception {
        for (String role : List.of("sales_rep", "marketing")) {
            mvc.perform(get("/team")
                            .header(GatewayTokens.HEADER, GatewayTokens.of("someone@example.com", role))
                            .header("Authorization", "Bearer t"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/team/handoffs/{id}/reassign", HANDOFF)
                            .param("repId", BEN.toString())
                            .header(GatewayTokens.HEADER, GatewayTokens.of("someone@example.com", role))
                            .header("Authorization", "Bearer t"))
                    .andExpect(status().isForbidden());
        }
        Mockito.verifyNoInteractions(board, reassign, availability);
    }

    @Test
    void the_page_has_no_inline_script_or_style() throws Exception {
        given(board.findTeamBoard(any())).willReturn(board("Inbound"));

        assertThat(page(asManager(get("/team"))))
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("<style", "style=", "onclick");
    }

    private static TeamBoard board(String teamName) {
        var waiting =
                new TeamBoard.Entry(HANDOFF, LEAD, "ASSIGNED", 87, "on_time", Instant.parse("2026-12-05T10:00:00Z"));
        var accepted = new TeamBoard.Entry(LATE, UUID.randomUUID(), "ACCEPTED", 60, "breached", null);
        return new TeamBoard(List.of(new TeamBoard.Team(
                TEAM,
                teamName,
                List.of(
                        new TeamBoard.Lane(ANNA, "Anna", "anna@example.com", true, List.of(waiting, accepted)),
                        new TeamBoard.Lane(BEN, "Ben", "ben@example.com", false, List.of()),
                        new TeamBoard.Lane(UUID.randomUUID(), "Cleo", "cleo@example.com", true, List.of())),
                List.of(waitingForRep()))));
    }

    private static TeamBoard boardAllAway() {
        return new TeamBoard(List.of(new TeamBoard.Team(
                TEAM,
                "Inbound",
                List.of(new TeamBoard.Lane(BEN, "Ben", "ben@example.com", false, List.of())),
                List.of(waitingForRep()))));
    }

    private static TeamBoard.Waiting waitingForRep() {
        return new TeamBoard.Waiting(
                UNASSIGNED,
                UUID.randomUUID(),
                93,
                true,
                Instant.parse("2026-12-05T08:30:00Z"),
                "no sales rep was available",
                "Jane Doe, Acme");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    private static MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
        return SignedIn.as("boss@example.com", "sales_manager", request);
    }
}
