package io.leadflow.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.TeamId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RoutingRules} store does, whether it keeps rules in memory or in PostgreSQL. */
public abstract class RoutingRulesContract {

    protected abstract RoutingRules rules();

    /** A team the storage knows, since a rule can only route to an existing team. */
    protected abstract TeamId storedTeam(String name);

    private RoutingRule rule(int position, String name, TeamId team) {
        return new RoutingRule(
                UUID.randomUUID(), position, name, Set.of(), Set.of(), null, null, Set.of(), Set.of(), team, null);
    }

    @Test
    void an_added_rule_is_found_again_with_all_its_conditions() {
        TeamId sdr = storedTeam("SDR");
        TeamId ae = storedTeam("AE");
        RoutingRule rule = new RoutingRule(
                UUID.randomUUID(),
                3,
                "Big German companies",
                Set.of("enterprise"),
                Set.of("DE", "AT"),
                500,
                10_000,
                Set.of("A", "B"),
                Set.of("webinar"),
                sdr,
                ae);

        rules().add(rule);

        assertThat(rules().findAll()).containsExactly(rule);
    }

    @Test
    void rules_are_listed_by_position_then_name() {
        TeamId team = storedTeam("SDR");
        RoutingRule third = rule(2, "Third", team);
        RoutingRule firstB = rule(0, "b rule", team);
        RoutingRule firstA = rule(0, "a rule", team);
        RoutingRule second = rule(1, "Second", team);
        rules().add(third);
        rules().add(firstB);
        rules().add(second);
        rules().add(firstA);

        assertThat(rules().findAll()).containsExactly(firstA, firstB, second, third);
    }

    @Test
    void a_deleted_rule_is_gone_and_deleting_it_again_says_so() {
        TeamId team = storedTeam("SDR");
        RoutingRule kept = rule(0, "Kept", team);
        RoutingRule deleted = rule(1, "Deleted", team);
        rules().add(kept);
        rules().add(deleted);

        assertThat(rules().delete(deleted.id())).isTrue();
        assertThat(rules().delete(deleted.id())).isFalse();
        assertThat(rules().delete(UUID.randomUUID())).isFalse();

        assertThat(rules().findAll()).containsExactly(kept);
    }
}
