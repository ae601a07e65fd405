package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backtest knows of a lead: its current profile and segment (null if no model applies), its events oldest
 * first, and when it first reached each stage in reality (from the lifecycle timeline).
 */
public record LeadHistory(
        LeadId leadId,
        ProfileFacts profile,
        String segment,
        List<Engagement> events,
        Map<LifecycleStage, Instant> reached) {}
