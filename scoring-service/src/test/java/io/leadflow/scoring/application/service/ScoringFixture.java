package io.leadflow.scoring.application.service;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.model.ModelStatus;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The use cases wired to in-memory fakes of every driven port, the default model, and a fixed clock. */
final class ScoringFixture {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final String CORRELATION = "corr-1";
    static final ScoringModel DEFAULT = Models.defaultModel();

    final List<IntegrationEvent> published = new ArrayList<>();
    private final Map<LeadId, LeadScore> leads = new HashMap<>();
    private final Map<LeadId, List<Engagement>> events = new HashMap<>();
    private final Set<UUID> processed = new HashSet<>();

    final ScoringServices.Ports ports = new ScoringServices.Ports(
            new Leads(),
            new Events(),
            null,
            new OneModel(),
            null,
            processed::add,
            published::add,
            new NoMetrics(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            500);

    <T> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static ScoreEngagementCommand anEngagement(LeadId lead, EngagementType type, long secondsAgo) {
        return new ScoreEngagementCommand(
                UUID.randomUUID(),
                lead,
                type,
                null,
                Channel.EMAIL,
                "newsletter",
                "nov",
                Map.of(),
                NOW.minusSeconds(secondsAgo),
                CORRELATION);
    }

    static RecordStageChangeCommand aMove(LeadId lead, LifecycleStage from, LifecycleStage to, long secondsAgo) {
        return new RecordStageChangeCommand(
                UUID.randomUUID(),
                lead,
                from,
                to,
                "because",
                "handoff-service",
                NOW.minusSeconds(secondsAgo),
                CORRELATION);
    }

    /** Stores a copy of what a lead is, as a database would, so a test sees only what was saved. */
    private final class Leads implements LeadScoreRepository {
        @Override
        public LeadScore lock(LeadId leadId, List<ScoringModel> models) {
            return find(leadId, models).orElseGet(() -> LeadScore.start(leadId, models));
        }

        @Override
        public List<LeadScore> lockBatch(UUID after, int limit, List<ScoringModel> models) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<LeadScore> find(LeadId leadId, List<ScoringModel> models) {
            LeadScore saved = leads.get(leadId);
            if (saved == null) {
                return Optional.empty();
            }
            Map<String, ModelState> states = new HashMap<>();
            saved.states().forEach((key, state) -> states.put(key, new ModelState(state.snapshot())));
            return Optional.of(LeadScore.restore(
                    leadId,
                    models,
                    states,
                    saved.profile(),
                    saved.firstTouch().orElse(null),
                    saved.timeline(),
                    saved.summary(),
                    saved.qualifiedAt().orElse(null),
                    saved.qualification().orElse(null),
                    saved.pendingRecycle().orElse(null)));
        }

        @Override
        public void save(LeadScore lead) {
            Map<String, ModelState> states = new HashMap<>();
            lead.states().forEach((key, state) -> states.put(key, new ModelState(state.snapshot())));
            leads.put(
                    lead.leadId(),
                    LeadScore.restore(
                            lead.leadId(),
                            lead.models(),
                            states,
                            lead.profile(),
                            lead.firstTouch().orElse(null),
                            lead.timeline(),
                            lead.summary(),
                            lead.qualifiedAt().orElse(null),
                            lead.qualification().orElse(null),
                            lead.pendingRecycle().orElse(null)));
        }

        @Override
        public LeadPage search(LeadSearch search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return leads.size();
        }

        @Override
        public void forgetStatesOfUnpublishedModels() {}
    }

    private final class Events implements LeadEventStore {
        @Override
        public boolean add(LeadId leadId, Engagement event) {
            List<Engagement> history = events.computeIfAbsent(leadId, id -> new ArrayList<>());
            if (history.stream().anyMatch(e -> e.eventId().equals(event.eventId()))) {
                return false;
            }
            history.add(event);
            return true;
        }

        @Override
        public List<Engagement> history(LeadId leadId) {
            return events.getOrDefault(leadId, List.of()).stream()
                    .sorted((a, b) -> a.isBefore(b) ? -1 : b.isBefore(a) ? 1 : 0)
                    .toList();
        }

        @Override
        public Map<LeadId, List<Engagement>> histories(Collection<LeadId> ids) {
            Map<LeadId, List<Engagement>> found = new HashMap<>();
            ids.forEach(id -> found.put(id, history(id)));
            return found;
        }

        @Override
        public long count() {
            return events.values().stream().mapToLong(List::size).sum();
        }
    }

    private static final class OneModel implements ScoringModelRepository {
        @Override
        public void lockCatalogue() {}

        @Override
        public void insert(String modelId, int version, Object document, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceDraft(String modelId, int version, Object document, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setStatus(String modelId, int version, ModelStatus status, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ModelVersionView> find(String modelId, int version) {
            return Optional.empty();
        }

        @Override
        public List<ModelVersionView> versions(String modelId) {
            return List.of();
        }

        @Override
        public List<String> modelIds() {
            return List.of(DEFAULT.id());
        }

        @Override
        public List<ScoringModel> published() {
            return List.of(DEFAULT);
        }

        @Override
        public Optional<ScoringModel> model(String modelId, int version) {
            return Optional.of(DEFAULT);
        }
    }

    private static final class NoMetrics implements ScoringMetrics {
        @Override
        public void scored() {}

        @Override
        public void qualified(boolean fastTrack) {}
    }
}
