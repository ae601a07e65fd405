package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.Likelihood;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** A lead's likelihood as of now under each published predictive version. */
class FindLeadLikelihoodService implements FindLeadLikelihoodQuery {

    private final PublishedLikelihoods likelihoods;
    private final LeadHistories histories;
    private final Clock clock;

    FindLeadLikelihoodService(PublishedLikelihoods likelihoods, LeadHistories histories, Clock clock) {
        this.likelihoods = likelihoods;
        this.histories = histories;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Likelihood> likelihoods(LeadId leadId) {
        List<PredictiveVersion> published = likelihoods.published();
        if (published.isEmpty()) {
            return List.of();
        }
        Optional<LeadHistory> found = histories.lead(leadId);
        if (found.isEmpty()) {
            return List.of();
        }
        LeadHistory lead = found.get();
        Instant now = clock.instant();
        LeadSnapshot snapshot = LeadSnapshot.of(lead.profile(), lead.segment(), lead.events(), lead.reached(), now);
        return published.stream()
                .map(version -> likelihoods.predict(version, snapshot))
                .toList();
    }
}
