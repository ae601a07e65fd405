package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.BacktestCommand;
import io.leadflow.scoring.application.port.in.BacktestReport;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.in.ModelNotFoundException;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.ScoringServices.Ports;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.LeadFacts;
import io.leadflow.scoring.domain.Likelihoods;
import io.leadflow.scoring.domain.ModelScore;
import io.leadflow.scoring.domain.ModelState;
import io.leadflow.scoring.domain.Touch;
import io.leadflow.scoring.domain.model.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays every lead's stored events, oldest first, through the tried version and the published one, scoring after
 * each event as of that event's time; a lead "would have qualified" at the first event that brings it to the threshold
 * (or fast-tracks it) while in the model's segment. Counted when that moment lies in the period; a lead that would
 * have qualified before the period is not counted again. Profiles are today's (history of profiles is not kept), stage
 * gates are ignored (the question is what the model says), and reality is the lead's lifecycle timeline. "By
 * segment" groups by the lead's current segment (the segment of the model that owns it today).
 */
class BacktestService implements BacktestScoringModelUseCase {

    private static final int CHUNK = 2000;
    private static final int SAMPLE = 100;

    private final ScoringModelRepository models;
    private final LeadHistories histories;
    private final PublishedLikelihoods likelihoods;

    BacktestService(Ports ports) {
        this.models = ports.models();
        this.histories = ports.histories();
        this.likelihoods = ports.likelihoods();
    }

    private record Simulated(Instant at, int score, boolean fastTrack, Touch touch) {}

    private static final class Tally {
        long qualified;
        long fastTracked;
        long sal;
        long sql;
        long won;

        void count(Simulated simulated, LeadHistory lead) {
            qualified++;
            fastTracked += simulated.fastTrack() ? 1 : 0;
            Map<LifecycleStage, Instant> reached = lead.reached();
            sal += reached.containsKey(LifecycleStage.SAL) ? 1 : 0;
            sql += reached.containsKey(LifecycleStage.SQL) ? 1 : 0;
            won += reached.containsKey(LifecycleStage.WON) ? 1 : 0;
        }

        BacktestReport.Outcome outcome() {
            return new BacktestReport.Outcome(qualified, fastTracked, sal, sql, won);
        }
    }

    private static final class Groups {
        final Map<String, Tally[]> byKey = new TreeMap<>();

        void count(String key, int which, Simulated simulated, LeadHistory lead) {
            byKey.computeIfAbsent(key == null ? "(none)" : key, k -> new Tally[] {new Tally(), new Tally()})[which]
                    .count(simulated, lead);
        }

        List<BacktestReport.Group> groups() {
            return byKey.entrySet().stream()
                    .map(e ->
                            new BacktestReport.Group(e.getKey(), e.getValue()[0].outcome(), e.getValue()[1].outcome()))
                    .toList();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public BacktestReport backtest(BacktestCommand command) {
        ScoringModel candidate = models.model(command.modelId(), command.version())
                .orElseThrow(() -> new ModelNotFoundException(command.modelId(), command.version()));
        Optional<ScoringModel> published = models.published().stream()
                .filter(model -> model.id().equals(command.modelId()))
                .findFirst();
        Tally[] totals = {new Tally(), new Tally()};
        Groups channels = new Groups();
        Groups campaigns = new Groups();
        Groups segments = new Groups();
        List<BacktestReport.Qualification> sample = new ArrayList<>();
        long leads = 0;
        long events = 0;
        UUID after = null;
        List<LeadHistory> chunk;
        do {
            chunk = histories.chunk(after, CHUNK);
            for (LeadHistory lead : chunk) {
                leads++;
                events += lead.events().size();
                for (int which = 0; which < 2; which++) {
                    ScoringModel model = which == 0 ? candidate : published.orElse(null);
                    if (model == null) {
                        continue;
                    }
                    Optional<Simulated> simulated = simulate(model, lead, command.from(), command.to(), likelihoods);
                    if (simulated.isEmpty()) {
                        continue;
                    }
                    Simulated s = simulated.get();
                    totals[which].count(s, lead);
                    Touch touch = s.touch();
                    channels.count(touch == null ? null : touch.channel().name(), which, s, lead);
                    campaigns.count(touch == null ? null : touch.campaign(), which, s, lead);
                    segments.count(lead.segment(), which, s, lead);
                    if (which == 0 && sample.size() < SAMPLE) {
                        sample.add(new BacktestReport.Qualification(
                                lead.leadId().toString(),
                                s.at(),
                                s.score(),
                                s.fastTrack(),
                                touch == null ? null : touch.channel().name(),
                                touch == null ? null : touch.campaign(),
                                model.segment().name()));
                    }
                }
            }
            if (!chunk.isEmpty()) {
                after = chunk.getLast().leadId().value();
            }
        } while (chunk.size() == CHUNK);
        return new BacktestReport(
                command.modelId(),
                command.version(),
                published.map(ScoringModel::version).orElse(null),
                command.from(),
                command.to(),
                leads,
                events,
                totals[0].outcome(),
                published.isPresent() ? totals[1].outcome() : null,
                Map.of("channel", channels.groups(), "campaign", campaigns.groups(), "segment", segments.groups()),
                sample);
    }

    /** When the model would first have qualified the lead, if that lies in [from, to). */
    static Optional<Simulated> simulate(ScoringModel model, LeadHistory lead, Instant from, Instant to) {
        return simulate(model, lead, from, to, PublishedLikelihoods.none());
    }

    /**
     * As above, a likelihood condition reading the lead's likelihood under the predictive versions published now, on
     * the lead as it stood at each event (its events up to then), as real-time scoring would have read it.
     */
    static Optional<Simulated> simulate(
            ScoringModel model, LeadHistory lead, Instant from, Instant to, PublishedLikelihoods likelihoods) {
        java.util.Set<String> asked = model.likelihoodModels();
        ModelState state = ModelState.empty();
        Touch touch = null;
        for (Engagement event : lead.events()) {
            if (!event.occurredAt().isBefore(to)) {
                break;
            }
            state.add(model, event);
            touch = Touch.of(event).earlier(touch);
            Instant at = event.occurredAt();
            LeadFacts facts = new LeadFacts(
                    lead.profile(),
                    touch,
                    lead.account(),
                    asked.isEmpty()
                            ? Likelihoods.none()
                            : likelihoods.read(lead, at).read(asked));
            ModelScore score = model.score(state, facts, event.occurredAt());
            if (!score.inSegment()) {
                continue;
            }
            boolean fastTrack = model.fastTracks(score);
            if (model.wouldQualify(score) && model.missing(facts).isEmpty()) {
                return event.occurredAt().isBefore(from)
                        ? Optional.empty()
                        : Optional.of(new Simulated(event.occurredAt(), score.score(), fastTrack, touch));
            }
        }
        return Optional.empty();
    }
}
