package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Leads' score states in memory. Stores a copy of what a lead is, as a database would, so a test sees only what was
 * saved; locking a lead heard of for the first time stores it as started, and leads are kept in PostgreSQL's uuid
 * order (unsigned), so batches page alike. Searching is left to the JDBC adapter's tests.
 */
final class InMemoryLeadScores implements LeadScoreRepository {

    /** PostgreSQL's uuid order: unsigned bytes, unlike Java's signed {@link UUID#compareTo}. */
    static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final Map<UUID, LeadScore> leads = new TreeMap<>(UUID_ORDER);

    @Override
    public LeadScore lock(LeadId leadId, List<ScoringModel> models) {
        if (!leads.containsKey(leadId.value())) {
            save(LeadScore.start(leadId, List.of()));
        }
        return find(leadId, models).orElseThrow();
    }

    @Override
    public List<LeadScore> lockBatch(UUID after, int limit, List<ScoringModel> models) {
        return leads.keySet().stream()
                .filter(id -> after == null || UUID_ORDER.compare(id, after) > 0)
                .limit(limit)
                .map(id -> copy(leads.get(id), models))
                .toList();
    }

    @Override
    public Optional<LeadScore> find(LeadId leadId, List<ScoringModel> models) {
        return Optional.ofNullable(leads.get(leadId.value())).map(saved -> copy(saved, models));
    }

    @Override
    public void save(LeadScore lead) {
        leads.put(lead.leadId().value(), copy(lead, lead.models()));
    }

    @Override
    public LeadPage search(LeadSearch search) {
        throw new UnsupportedOperationException("searching is tested against the JDBC adapter");
    }

    @Override
    public long count() {
        return leads.size();
    }

    @Override
    public void forgetStatesOfUnpublishedModels() {}

    /** The lead as it would be read back under {@code models}: states of other model versions are not read. */
    private static LeadScore copy(LeadScore lead, List<ScoringModel> models) {
        Map<String, ModelState> states = new HashMap<>();
        models.forEach(model -> {
            ModelState state = lead.states().get(model.key());
            if (state != null) {
                states.put(model.key(), new ModelState(state.snapshot()));
            }
        });
        return LeadScore.restore(
                        lead.leadId(),
                        models,
                        states,
                        lead.profile(),
                        lead.firstTouch().orElse(null),
                        lead.timeline(),
                        lead.summary(),
                        lead.qualifiedAt().orElse(null),
                        lead.qualification().orElse(null),
                        lead.pendingRecycle().orElse(null))
                .withStoredAccount(lead.account());
    }
}
