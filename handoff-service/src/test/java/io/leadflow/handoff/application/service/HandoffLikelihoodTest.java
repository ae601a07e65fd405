package io.leadflow.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.LeadId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandoffLikelihoodTest {

    private final HandoffFixture app = new HandoffFixture();

    private HandoffView qualify(LeadId lead, List<WinLikelihood> likelihoods) {
        app.rep("Anna", true);
        app.assignHandoff.assignHandoff(new AssignHandoffCommand(
                UUID.randomUUID(),
                lead,
                80,
                false,
                List.of("Score 80 reached threshold 50"),
                app.clock.instant(),
                "corr-1",
                "enterprise",
                null,
                null,
                null,
                "A",
                null,
                null,
                likelihoods));
        return app.findHandoff.findHandoffsOfLead(lead).getFirst();
    }

    @Test
    void the_hand_off_keeps_the_likelihood_the_qualification_carried_and_shows_it_with_its_reasons() {
        HandoffView view = qualify(
                LeadId.newId(), List.of(new WinLikelihood("win-rate", 3, 72, List.of("Demo requested 1 time: +0.93"))));

        assertThat(view.details().likelihoods())
                .containsExactly(
                        new HandoffView.Likelihood("win-rate", 3, 72, List.of("Demo requested 1 time: +0.93")));
    }

    @Test
    void a_qualification_without_a_likelihood_shows_none() {
        assertThat(qualify(LeadId.newId(), List.of()).details().likelihoods()).isEmpty();
    }
}
