package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import java.time.Clock;

/** Every driven port the use cases need, and the clock, in one place for wiring. */
public record Ports(
        LeadScoreRepository leads,
        LeadEventStore eventStore,
        LeadHistories histories,
        ScoringModelRepository models,
        RescoringJobs rescoring,
        ProcessedEvents processed,
        LeadEventPublisher events,
        ScoringMetrics metrics,
        Clock clock) {}
