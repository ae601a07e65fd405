package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.TeamBoard;
import io.leadflow.console.application.port.out.TeamApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamBoardServiceTest {

    private static final UUID MINE = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final UUID ZOE = UUID.randomUUID();

    private final FakeTeamApi api = new FakeTeamApi();
    private final TeamBoardService service = new TeamBoardService(api);

    @Test
    void a_manager_sees_only_the_teams_they_manage_with_each_reps_hand_offs_soonest_due_first() {
        Caller boss = new Caller("Boss@example.com", Set.of("sales_manager"), "t");

        TeamBoard board = service.findTeamBoard(boss);

        assertThat(board.teams()).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo("Inbound");
            assertThat(team.lanes()).extracting(TeamBoard.Lane::name).containsExactly("Anna", "Ben");
            assertThat(team.lanes().getFirst().handoffs())
                    .extracting(TeamBoard.Entry::slaState)
                    .containsExactly("breached", "on_time");
        });
    }

    @Test
    void hand_offs_waiting_for_a_rep_show_under_the_team_they_were_routed_to_oldest_first() {
        Caller boss = new Caller("boss@example.com", Set.of("sales_manager"), "t");

        TeamBoard.Team team = service.findTeamBoard(boss).teams().getFirst();

        assertThat(team.waiting()).extracting(TeamBoard.Waiting::lead).containsExactly("Old Lead, Acme", "New Lead");
        assertThat(team.waiting()).extracting(TeamBoard.Waiting::hot).containsExactly(false, true);
        assertThat(team.availableLanes()).extracting(TeamBoard.Lane::name).containsExactly("Anna");
    }

    @Test
    void an_admin_sees_every_team_and_a_manager_of_none_sees_no_team_without_further_calls() {
        assertThat(service.findTeamBoard(new Caller("it@example.com", Set.of("admin"), "t"))
                        .teams())
                .extracting(TeamBoard.Team::name)
                .containsExactly("Inbound", "Outbound");

        api.calls.clear();
        assertThat(service.findTeamBoard(new Caller("new@example.com", Set.of("sales_manager"), "t"))
                        .teams())
                .isEmpty();
        assertThat(api.calls).containsExactly("teams");
    }

    private static final class FakeTeamApi implements TeamApi {

        final List<String> calls = new ArrayList<>();

        @Override
        public List<Team> teams(Caller caller) {
            calls.add("teams");
            return List.of(
                    new Team(OTHER, "Outbound", "other@example.com"), new Team(MINE, "Inbound", "boss@example.com"));
        }

        @Override
        public List<Rep> reps(Caller caller) {
            calls.add("reps");
            return List.of(
                    new Rep(BEN, "Ben", "ben@example.com", false, MINE),
                    new Rep(ANNA, "Anna", "anna@example.com", true, MINE),
                    new Rep(ZOE, "Zoe", "zoe@example.com", true, OTHER));
        }

        @Override
        public List<OpenHandoff> openHandoffs(Caller caller) {
            calls.add("handoffs");
            return List.of(
                    new OpenHandoff(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            "ASSIGNED",
                            80,
                            ANNA,
                            "on_time",
                            Instant.parse("2026-12-05T12:00:00Z")),
                    new OpenHandoff(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            "ASSIGNED",
                            70,
                            ANNA,
                            "breached",
                            Instant.parse("2026-12-05T09:00:00Z")));
        }

        @Override
        public List<WaitingHandoff> waitingHandoffs(Caller caller) {
            calls.add("waiting");
            return List.of(
                    new WaitingHandoff(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            95,
                            MINE,
                            "HOT",
                            Instant.parse("2026-12-05T11:00:00Z"),
                            "no sales rep was available",
                            "New Lead"),
                    new WaitingHandoff(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            60,
                            OTHER,
                            "NORMAL",
                            Instant.parse("2026-12-05T07:00:00Z"),
                            null,
                            "Other Team's Lead"),
                    new WaitingHandoff(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            72,
                            MINE,
                            "NORMAL",
                            Instant.parse("2026-12-05T08:00:00Z"),
                            null,
                            "Old Lead, Acme"));
        }

        @Override
        public void reassign(Caller caller, UUID handoffId, UUID repId) {}

        @Override
        public void setAvailability(Caller caller, UUID repId, boolean available) {}
    }
}
