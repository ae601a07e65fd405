package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.account.AccountFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backtest knows of a lead: its current profile, account and segment (null if no model applies), its events
 * oldest first, and when it first reached each stage in reality (from the lifecycle timeline).
 */
public record LeadHistory(
        LeadId leadId,
        ProfileFacts profile,
        String segment,
        List<Engagement> events,
        Map<LifecycleStage, Instant> reached,
        AccountFacts account) {

    public LeadHistory {
        account = account == null ? AccountFacts.none() : account;
    }

    /** A lead without an account. */
    public LeadHistory(
            LeadId leadId,
            ProfileFacts profile,
            String segment,
            List<Engagement> events,
            Map<LifecycleStage, Instant> reached) {
        this(leadId, profile, segment, events, reached, AccountFacts.none());
    }
}
