package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.ScoredEngagement;
import io.leadflow.scoring.domain.ScoringModel;
import io.leadflow.scoring.domain.StageChange;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps what was saved as a snapshot, so a change that is not saved is lost, as with the database. */
final class InMemoryLeadScoreRepository implements LeadScoreRepository {

    private record Stored(List<ScoredEngagement> engagements, ProfileFacts profile, List<StageChange> timeline,
            int score, Instant qualifiedAt, String pendingRecycle) {
    }

    private final Map<LeadId, Stored> leads = new HashMap<>();

    @Override
    public LeadScore lock(LeadId leadId, ScoringModel model) {
        leads.computeIfAbsent(leadId, id -> new Stored(List.of(), ProfileFacts.unknown(), List.of(), 0, null, null));
        return find(leadId, model).orElseThrow();
    }

    @Override
    public Optional<LeadScore> find(LeadId leadId, ScoringModel model) {
        return Optional.ofNullable(leads.get(leadId)).map(s -> LeadScore.restore(leadId, model, s.engagements(),
                s.profile(), s.timeline(), s.score(), s.qualifiedAt(), s.pendingRecycle()));
    }

    @Override
    public void save(LeadScore lead) {
        leads.put(lead.leadId(), new Stored(lead.engagements(), lead.profile(), lead.timeline(),
                lead.publishedScore(), lead.qualifiedAt().orElse(null), lead.pendingRecycle().orElse(null)));
    }
}
