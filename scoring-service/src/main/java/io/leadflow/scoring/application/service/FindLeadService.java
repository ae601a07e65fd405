package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.account.AccountFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** The lead view scores the lead now (decay included) by every published model. */
class FindLeadService implements FindLeadQuery {

    private final LeadScoreRepository leads;
    private final LeadEventStore eventStore;
    private final ScoringModelRepository models;
    private final Clock clock;
    private final PublishedLikelihoods likelihoods;

    FindLeadService(Ports ports) {
        this.leads = ports.leads();
        this.eventStore = ports.eventStore();
        this.models = ports.models();
        this.clock = ports.clock();
        this.likelihoods = ports.likelihoods();
    }

    @Override
    @Transactional(readOnly = true)
    public LeadView findLead(LeadId leadId) {
        LeadScore lead = leads.find(leadId, models.published()).orElseThrow(() -> new LeadNotFoundException(leadId));
        if (!lead.modelsWithoutState().isEmpty()) {
            // a model published since the lead was last scored: shown as re-scoring will store it
            var history = eventStore.history(leadId);
            lead.modelsWithoutState().forEach(model -> lead.rebuild(model, history));
        }
        Instant now = clock.instant();
        likelihoods.reads(eventStore, List.of(leadId), now).attach(lead);
        return new LeadView(
                lead.leadId(),
                lead.stage(),
                lead.scores(now),
                lead.profile().email(),
                lead.profile().attributes(),
                lead.firstTouch().orElse(null),
                lead.qualifiedAt().orElse(null),
                lead.qualification().orElse(null),
                lead.timeline().stream()
                        .map(change -> new LeadView.TimelineEntry(
                                change.from(), change.to(), change.reason(), change.actor(), change.occurredAt()))
                        .toList(),
                lead.needsData(now).orElse(null),
                lead.account().get(AccountFacts.ID),
                lead.account().get(AccountFacts.NAME),
                lead.consent());
    }
}
