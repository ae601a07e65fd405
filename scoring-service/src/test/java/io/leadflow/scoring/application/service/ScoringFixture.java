package io.leadflow.scoring.application.service;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.domain.Models;
import io.leadflow.scoring.domain.model.ScoringModel;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The use cases wired to in-memory fakes of every driven port, the default model, and a fixed clock. */
final class ScoringFixture {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final String CORRELATION = "corr-1";
    static final ScoringModel DEFAULT = Models.defaultModel();

    final List<IntegrationEvent> published = new ArrayList<>();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryLeadScores leads = new InMemoryLeadScores();
    final InMemoryAccountQualifications qualifications = new InMemoryAccountQualifications(accounts, leads);
    final ScoringServices.Ports ports;

    ScoringFixture() {
        this(DEFAULT);
    }

    /** The use cases with {@code model} as the one published model. */
    ScoringFixture(ScoringModel model) {
        this(model, null);
    }

    /** The use cases with {@code model} as the one published model, reading {@code likelihoods} (none when null). */
    ScoringFixture(ScoringModel model, PublishedLikelihoods likelihoods) {
        ports = new ScoringServices.Ports(
                leads,
                new InMemoryLeadEvents(),
                null,
                ReadOnlyScoringModels.published(model),
                null,
                new InMemoryProcessedEvents(),
                published::add,
                new NoMetrics(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                500,
                accounts,
                qualifications,
                likelihoods);
    }

    <T> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static final EngagementType[] TYPES = {
        EngagementType.EMAIL_OPENED,
        EngagementType.EMAIL_CLICKED,
        EngagementType.WEBSITE_VISITED,
        EngagementType.CONTENT_DOWNLOADED,
        EngagementType.PRICING_PAGE_VISITED,
        EngagementType.DEMO_REQUESTED
    };

    /** {@code count} new lead ids. */
    static List<LeadId> someLeads(int count) {
        List<LeadId> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(LeadId.newId());
        }
        return leads;
    }

    /** {@code count} engagements drawn from {@code random}: a lead, a type and an age of at most {@code maxDays}. */
    static List<ScoreEngagementCommand> randomEngagements(Random random, List<LeadId> leads, int count, int maxDays) {
        List<ScoreEngagementCommand> engagements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            engagements.add(anEngagement(
                    leads.get(random.nextInt(leads.size())),
                    TYPES[random.nextInt(TYPES.length)],
                    random.nextInt(maxDays * 24 * 3600)));
        }
        return engagements;
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

    private static final class NoMetrics implements ScoringMetrics {
        @Override
        public void scored() {}

        @Override
        public void qualified(boolean fastTrack) {}
    }
}
