package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.ConsentStanding;
import io.leadflow.scoring.domain.Explanation;
import io.leadflow.scoring.domain.ModelScore;
import io.leadflow.scoring.domain.NeedsData;
import io.leadflow.scoring.domain.Touch;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead as scoring sees it now: stage, the score under every published model (its segment's model first) with
 * grades and explanation, the frozen explanation of its last qualification, and the complete stage timeline.
 *
 * @param email the address for display, or {@code null} while the profile is unknown
 * @param profile the profile's attributes by {@code ProfileAttributes} names (empty while unknown)
 * @param qualifiedAt when the lead last became an MQL, or {@code null}
 * @param qualification why it last qualified, or {@code null}
 * @param needsData why a lead whose score qualifies is not an MQL yet (its model requires data it lacks), or
 *     {@code null}
 * @param accountId the lead's account, or {@code null} when it has none
 * @param accountName that account's name as the lead last took it, or {@code null}
 * @param consent the person's standing on the suppression list (unsubscribed, objected to profiling, since when)
 */
public record LeadView(
        LeadId leadId,
        LifecycleStage stage,
        List<ModelScore> scores,
        String email,
        Map<String, String> profile,
        Touch firstTouch,
        Instant qualifiedAt,
        Explanation qualification,
        List<TimelineEntry> timeline,
        NeedsData needsData,
        String accountId,
        String accountName,
        ConsentStanding consent) {

    public LeadView {
        consent = consent == null ? ConsentStanding.NONE : consent;
        scores = List.copyOf(scores);
        profile = profile == null ? Map.of() : Map.copyOf(profile);
        timeline = List.copyOf(timeline);
    }

    /** A lead without an account. */
    public LeadView(
            LeadId leadId,
            LifecycleStage stage,
            List<ModelScore> scores,
            String email,
            Map<String, String> profile,
            Touch firstTouch,
            Instant qualifiedAt,
            Explanation qualification,
            List<TimelineEntry> timeline,
            NeedsData needsData) {
        this(
                leadId,
                stage,
                scores,
                email,
                profile,
                firstTouch,
                qualifiedAt,
                qualification,
                timeline,
                needsData,
                null,
                null,
                ConsentStanding.NONE);
    }

    /** One stage move, oldest first in {@link LeadView#timeline()}. */
    public record TimelineEntry(
            LifecycleStage from, LifecycleStage to, String reason, String actor, Instant occurredAt) {}
}
