package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static io.leadflow.handoff.application.port.out.HandoffTestData.aRep;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link SalesRepRepository} does, whether it keeps reps in memory or in PostgreSQL. */
public abstract class SalesRepRepositoryContract {

    protected abstract SalesRepRepository reps();

    /** A team the storage knows, since a rep can only belong to an existing team. */
    protected abstract TeamId storedTeam(String name);

    private SalesRep stored(SalesRep rep) {
        assertThat(reps().add(rep)).isTrue();
        return rep;
    }

    private SalesRep away(SalesRep rep) {
        return rep.withDetails(
                rep.name(),
                rep.webhookUrl(),
                false,
                rep.teamId(),
                rep.chatHandle(),
                rep.segments(),
                rep.territories(),
                rep.capacity(),
                rep.weight(),
                rep.timeZone(),
                rep.workingHours());
    }

    @Test
    void an_added_rep_is_found_again() {
        SalesRep rep = stored(aRep("Ada"));

        assertThat(reps().find(rep.id())).contains(rep);
        assertThat(reps().find(rep.id()).orElseThrow().workingHours())
                .as("a rep without hours of their own keeps none")
                .isNull();
    }

    @Test
    void an_unknown_rep_is_not_found() {
        assertThat(reps().find(RepId.newId())).isEmpty();
    }

    @Test
    void a_second_rep_with_the_same_email_is_not_added() {
        SalesRep ada = stored(aRep("Ada"));
        SalesRep twin = new SalesRep(RepId.newId(), "Ada Twin", ada.email(), null, true, null, T0);

        assertThat(reps().add(twin)).isFalse();

        assertThat(reps().find(twin.id())).isEmpty();
        assertThat(reps().findAll()).containsExactly(ada);
    }

    @Test
    void saved_details_and_fairness_counters_are_found_again() {
        TeamId team = storedTeam("Enterprise");
        SalesRep rep = stored(aRep("Ada"));
        SalesRep changed = rep.withDetails(
                        "Ada Lovelace",
                        WebhookUrl.parse("https://crm.example.com/ada-new"),
                        false,
                        team,
                        "@ada",
                        Set.of("enterprise", "mid-market"),
                        Set.of("DE", "AT"),
                        12,
                        3,
                        ZoneId.of("Europe/Vienna"),
                        new WorkingHours(LocalTime.of(7, 30), LocalTime.of(15, 0)))
                .assignedAt(T0.plusSeconds(600))
                .assignedAt(T0.plusSeconds(900));

        reps().save(changed);

        assertThat(reps().find(rep.id())).contains(changed);
        assertThat(changed.assignedCount()).isEqualTo(2);
    }

    @Test
    void every_rep_is_listed_by_name_whatever_its_case() {
        SalesRep bea = stored(aRep("bea"));
        SalesRep carl = stored(aRep("Carl"));
        SalesRep adam = stored(aRep("Adam"));

        assertThat(reps().findAll()).containsExactly(adam, bea, carl);
    }

    @Test
    void only_available_reps_are_held_for_a_new_lead() {
        SalesRep ada = stored(aRep("Ada"));
        SalesRep bob = stored(aRep("Bob"));
        reps().save(away(bob));

        assertThat(reps().lockAvailable()).containsExactly(ada);
    }

    @Test
    void a_teams_available_reps_are_held_without_other_teams_reps() {
        TeamId enterprise = storedTeam("Enterprise");
        TeamId smb = storedTeam("SMB");
        SalesRep ada = inTeam(stored(aRep("Ada")), enterprise);
        SalesRep bob = inTeam(stored(aRep("Bob")), smb);
        SalesRep cy = away(inTeam(stored(aRep("Cy")), enterprise));
        reps().save(cy);
        SalesRep dee =
                stored(new SalesRep(RepId.newId(), "Dee", EmailAddress.of("dee@seller.example"), null, true, null, T0));

        assertThat(reps().lockAvailable(enterprise)).containsExactly(ada);
        assertThat(reps().lockAvailable(smb)).containsExactly(bob);
        assertThat(reps().lockAvailable(null)).containsExactlyInAnyOrder(ada, bob, dee);
    }

    private SalesRep inTeam(SalesRep rep, TeamId team) {
        SalesRep member = rep.withDetails(
                rep.name(),
                rep.webhookUrl(),
                rep.available(),
                team,
                rep.chatHandle(),
                rep.segments(),
                rep.territories(),
                rep.capacity(),
                rep.weight(),
                rep.timeZone(),
                rep.workingHours());
        reps().save(member);
        return member;
    }
}
