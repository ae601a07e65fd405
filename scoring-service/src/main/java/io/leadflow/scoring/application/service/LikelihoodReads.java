package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.LikelihoodSource;
import io.leadflow.scoring.domain.Likelihoods;
import io.leadflow.scoring.domain.predictive.LeadSnapshot;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The likelihood reads of one change of one or many leads, inside its transaction: the published predictive versions
 * are read once and the leads' stored events in one query, both only when a rule first asks; a lead is predicted
 * again only when what the models see of it (its snapshot) moved since its last read. Rules need the percent alone,
 * so no per-feature contributions are evaluated here (only a hand-off's explanation shows them).
 */
final class LikelihoodReads {

    private final PublishedLikelihoods published;
    private final LeadEventStore eventStore;
    private final Collection<LeadId> leads;
    private final Instant asOf;
    private List<PredictiveVersion> versions;
    private Map<LeadId, List<Engagement>> histories;

    /**
     * Reads for {@code leads} as of {@code asOf}; their stored events must already hold the change's own, since they
     * are read at most once.
     */
    LikelihoodReads(PublishedLikelihoods published, LeadEventStore eventStore, Collection<LeadId> leads, Instant asOf) {
        this.published = published;
        this.eventStore = eventStore;
        this.leads = List.copyOf(leads);
        this.asOf = asOf;
    }

    /** Lets {@code lead} (one of the leads given) read its likelihoods from here while it is changed. */
    void attach(LeadScore lead) {
        lead.withLikelihoods(new LeadSource(lead));
    }

    private List<PredictiveVersion> versions(Set<String> asked) {
        if (versions == null) {
            versions = published.published();
        }
        return PublishedLikelihoods.asked(versions, asked);
    }

    private List<Engagement> history(LeadId lead) {
        if (histories == null) {
            histories = eventStore.histories(leads);
        }
        return histories.getOrDefault(lead, List.of());
    }

    /** One lead's source: remembers its last snapshot and what was predicted for it. */
    private final class LeadSource implements LikelihoodSource {

        private final LeadScore lead;
        private LeadSnapshot seen;
        private Set<String> seenAsked;
        private Likelihoods read;

        LeadSource(LeadScore lead) {
            this.lead = lead;
        }

        @Override
        public Likelihoods read(Set<String> asked) {
            List<PredictiveVersion> asking = versions(asked);
            if (asking.isEmpty()) {
                return Likelihoods.of(Map.of());
            }
            LeadSnapshot snapshot = PublishedLikelihoods.snapshot(lead, history(lead.leadId()), asOf);
            if (!snapshot.equals(seen) || !asked.equals(seenAsked)) {
                read = published.percents(asking, snapshot);
                seen = snapshot;
                seenAsked = Set.copyOf(asked);
            }
            return read;
        }
    }
}
