package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.LeadNotFoundException;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.Score;
import io.leadflow.scoring.domain.ScoringModel;
import org.springframework.transaction.annotation.Transactional;

class FindLeadService implements FindLeadQuery {

    private final LeadScoreRepository leads;
    private final ScoringModel model;

    FindLeadService(LeadScoreRepository leads, ScoringModel model) {
        this.leads = leads;
        this.model = model;
    }

    @Override
    @Transactional(readOnly = true)
    public LeadView findLead(LeadId leadId) {
        LeadScore lead = leads.find(leadId, model).orElseThrow(() -> new LeadNotFoundException(leadId));
        Score score = lead.score();
        return new LeadView(lead.leadId(), lead.stage(), score.value(), lead.model().name(), lead.model().version(),
                score.explanation(), lead.profile().email(), lead.qualifiedAt().orElse(null),
                lead.timeline().stream()
                        .map(change -> new LeadView.TimelineEntry(change.from(), change.to(), change.reason(),
                                change.actor(), change.occurredAt()))
                        .toList());
    }
}
