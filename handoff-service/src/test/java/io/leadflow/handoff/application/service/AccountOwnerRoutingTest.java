package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.RoutingRule;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.kernel.LeadId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountOwnerRoutingTest {

    private static final UUID ACME = UUID.fromString("11111111-0000-4000-8000-000000000001");

    private final HandoffFixture app = new HandoffFixture();

    private HandoffView qualify(LeadId lead, UUID owner) {
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(),
                lead,
                80,
                false,
                List.of("demo requested"),
                app.clock.instant(),
                "corr-1",
                "enterprise",
                null,
                null,
                null,
                "A",
                ACME,
                owner));
        app.clock.advance(Duration.ofMinutes(1));
        return app.findHandoff.findHandoffsOfLead(lead).getFirst();
    }

    @Test
    void two_people_of_one_account_reach_its_owner_before_any_rule_or_the_round_robin() {
        RepView anna = app.rep("Anna", true);
        RepView owner = app.rep("Owen", true);
        app.rules.add(new RoutingRule(
                UUID.randomUUID(),
                1,
                "Enterprise",
                Set.of("enterprise"),
                Set.of(),
                null,
                null,
                Set.of(),
                Set.of(),
                new TeamId(UUID.randomUUID()),
                null));

        HandoffView jane = qualify(LeadId.newId(), owner.id());
        HandoffView joe = qualify(LeadId.newId(), owner.id());

        assertThat(List.of(jane, joe)).allSatisfy(handoff -> {
            assertThat(handoff.rep().id()).isEqualTo(owner.id());
            assertThat(handoff.assignedBy()).isEqualTo("account-owner");
        });
        assertThat(anna.id()).isNotEqualTo(owner.id());
    }

    @Test
    void an_owner_who_is_away_leaves_the_lead_to_normal_routing() {
        RepView anna = app.rep("Anna", true);
        RepView away = app.rep("Owen", false);

        HandoffView handoff = qualify(LeadId.newId(), away.id());

        assertThat(handoff.rep().id()).isEqualTo(anna.id());
        assertThat(handoff.assignedBy()).isEqualTo("round-robin");
    }

    @Test
    void an_owner_no_rep_has_leaves_the_lead_to_normal_routing() {
        RepView anna = app.rep("Anna", true);

        HandoffView handoff = qualify(LeadId.newId(), UUID.randomUUID());

        assertThat(handoff.rep().id()).isEqualTo(anna.id());
    }
}
