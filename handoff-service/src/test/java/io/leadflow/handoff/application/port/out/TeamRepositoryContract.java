package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link TeamRepository} does, whether it keeps teams in memory or in PostgreSQL. */
public abstract class TeamRepositoryContract {

    protected abstract TeamRepository teams();

    private Team stored(Team team) {
        assertThat(teams().add(team)).isTrue();
        return team;
    }

    @Test
    void an_added_team_is_found_again_with_its_calendar() {
        Team team = stored(aTeam("Enterprise"));

        assertThat(teams().find(team.id())).contains(team);
    }

    @Test
    void an_unknown_team_is_not_found() {
        assertThat(teams().find(TeamId.newId())).isEmpty();
    }

    @Test
    void a_second_team_with_the_same_name_is_not_added() {
        Team first = stored(aTeam("Enterprise"));
        Team namesake = aTeam("Enterprise");

        assertThat(teams().add(namesake)).isFalse();

        assertThat(teams().find(namesake.id())).isEmpty();
        assertThat(teams().findAll()).containsExactly(first);
    }

    @Test
    void a_saved_team_is_found_with_its_new_name_manager_and_calendar() {
        Team team = stored(aTeam("Enterprise"));
        Team changed = new Team(
                team.id(),
                "Enterprise EMEA",
                EmailAddress.of("emea-lead@seller.example"),
                BusinessCalendar.weekdays(
                                ZoneId.of("Asia/Tokyo"), new WorkingHours(LocalTime.of(10, 0), LocalTime.of(18, 0)))
                        .withHolidays(Set.of(LocalDate.parse("2027-01-01"))),
                null);

        teams().save(changed);

        assertThat(teams().find(team.id())).contains(changed);
    }

    @Test
    void every_team_is_listed_by_name_whatever_its_case() {
        Team smb = stored(aTeam("smb"));
        Team partners = stored(aTeam("Partners"));
        Team enterprise = stored(aTeam("Enterprise"));

        assertThat(teams().findAll()).containsExactly(enterprise, partners, smb);
    }
}
