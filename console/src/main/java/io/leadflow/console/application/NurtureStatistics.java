package io.leadflow.console.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Nurturing's figures for the last 90 days: rejections per reason, recycle rates by reason and by track, and the
 * days from enrolment to recycling (averages null when nothing was recycled).
 */
public record NurtureStatistics(
        List<ReasonCount> rejections,
        List<RecycleRate> byReason,
        List<RecycleRate> byTrack,
        long recycled,
        @Nullable Double averageDays,
        @Nullable Double medianDays) {

    public NurtureStatistics {
        rejections = List.copyOf(rejections);
        byReason = List.copyOf(byReason);
        byTrack = List.copyOf(byTrack);
    }

    /**
     * One row per reason that was rejected or enrolled in the period, in reason order: rejections, enrolments and
     * how many came back to sales.
     */
    public List<ReasonFigures> byReasonWithRejections() {
        Map<String, ReasonFigures> rows = new TreeMap<>();
        rejections.forEach(
                r -> rows.merge(r.reason(), new ReasonFigures(r.reason(), r.count(), 0, 0, 0), ReasonFigures::plus));
        byReason.forEach(rate -> rows.merge(
                rate.key(),
                new ReasonFigures(rate.key(), 0, rate.enrolled(), rate.recycled(), rate.percent()),
                ReasonFigures::plus));
        return List.copyOf(rows.values());
    }

    /** A reason's figures over the period; {@code percent} of the enrolled came back to sales. */
    public record ReasonFigures(String reason, long rejected, long enrolled, long recycled, long percent) {

        ReasonFigures plus(ReasonFigures other) {
            return new ReasonFigures(
                    reason,
                    rejected + other.rejected,
                    enrolled + other.enrolled,
                    recycled + other.recycled,
                    Math.max(percent, other.percent));
        }
    }

    /** Rejections for one reason over the period. */
    public record ReasonCount(String reason, long count) {}
}
