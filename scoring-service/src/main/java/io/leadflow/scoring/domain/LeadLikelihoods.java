package io.leadflow.scoring.domain;

import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The likelihoods one lead's rules ask about, read from its {@link LikelihoodSource} at most once per change of the
 * lead (a change {@link #forget forgets} them); none for a person who objected to profiling, and nothing read when no
 * model asks.
 */
final class LeadLikelihoods {

    private LikelihoodSource source = LikelihoodSource.NONE;
    private Likelihoods read;

    void from(LikelihoodSource next) {
        source = next == null ? LikelihoodSource.NONE : next;
        read = null;
    }

    void forget() {
        read = null;
    }

    Likelihoods of(List<ScoringModel> models, ConsentStanding consent) {
        if (consent.profilingObjected()) {
            return Likelihoods.profilingObjected();
        }
        if (read == null) {
            Set<String> asked = new TreeSet<>();
            models.forEach(model -> asked.addAll(model.likelihoodModels()));
            read = asked.isEmpty() ? Likelihoods.none() : source.read(asked);
        }
        return read;
    }
}
