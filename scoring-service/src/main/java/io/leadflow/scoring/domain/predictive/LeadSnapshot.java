package io.leadflow.scoring.domain.predictive;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a predictive model may know of a lead at one moment ({@code asOf}): its profile as scoring sees it, its segment,
 * its first touch, how often and how recently it engaged in each way (events after {@code asOf} are not seen), and how
 * long sales took to accept it once it was an MQL, when that had happened by then.
 *
 * @param counts engagements of each type up to {@code asOf}
 * @param daysSinceLast days from the latest engagement of each type to {@code asOf}; absent for a type never seen
 * @param responseHours hours from the lead's first MQL to its first SAL, or {@code null} when not known by then
 */
public record LeadSnapshot(
        Map<String, String> profile,
        String segment,
        Touch firstTouch,
        Map<EngagementType, Integer> counts,
        Map<EngagementType, Double> daysSinceLast,
        Double responseHours,
        Instant asOf) {

    private static final double SECONDS_PER_DAY = 86_400d;

    public LeadSnapshot {
        profile = profile == null ? Map.of() : Map.copyOf(profile);
        counts = Map.copyOf(counts);
        daysSinceLast = Map.copyOf(daysSinceLast);
    }

    /** The lead as it stood at {@code asOf}, from its events (any order) and the times it first reached each stage. */
    public static LeadSnapshot of(
            ProfileFacts profile,
            String segment,
            List<Engagement> events,
            Map<LifecycleStage, Instant> reached,
            Instant asOf) {
        Map<EngagementType, Integer> counts = new EnumMap<>(EngagementType.class);
        Map<EngagementType, Instant> latest = new EnumMap<>(EngagementType.class);
        Touch first = null;
        for (Engagement event : events) {
            if (event.occurredAt().isAfter(asOf)) {
                continue;
            }
            counts.merge(event.type(), 1, Integer::sum);
            latest.merge(event.type(), event.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            first = Touch.of(event).earlier(first);
        }
        Map<EngagementType, Double> recency = new EnumMap<>(EngagementType.class);
        latest.forEach(
                (type, at) -> recency.put(type, Duration.between(at, asOf).toSeconds() / SECONDS_PER_DAY));
        Instant mql = reached.get(LifecycleStage.MQL);
        Instant sal = reached.get(LifecycleStage.SAL);
        Double response = mql != null && sal != null && !sal.isAfter(asOf) && !sal.isBefore(mql)
                ? Duration.between(mql, sal).toSeconds() / 3600d
                : null;
        return new LeadSnapshot(
                profile == null ? Map.of() : profile.attributes(), segment, first, counts, recency, response, asOf);
    }
}
