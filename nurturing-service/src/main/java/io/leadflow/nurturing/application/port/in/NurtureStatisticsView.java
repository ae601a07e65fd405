package io.leadflow.nurturing.application.port.in;

import java.util.List;

/**
 * Marketing's figures: rejections by reason per bucket, recycle rate by reason and by track (of the enrolments
 * started in the period, how many were recycled), and the time from enrolment to recycling.
 */
public record NurtureStatisticsView(
        List<RejectionCount> rejections,
        List<RecycleRate> byReason,
        List<RecycleRate> byTrack,
        TimeToRecycle timeToRecycle) {

    /** Rejections for one reason (lower-case code) in the bucket that starts on {@code period} (a date). */
    public record RejectionCount(String period, String reason, long count) {}

    /** Of {@code enrolled} enrolments for a reason or track, {@code recycled} came back to sales. */
    public record RecycleRate(String key, long enrolled, long recycled, double rate) {}

    /** Days from enrolment to recycling over the recycled enrolments; averages are null when there are none. */
    public record TimeToRecycle(long recycled, Double averageDays, Double medianDays) {}

    public NurtureStatisticsView {
        rejections = List.copyOf(rejections);
        byReason = List.copyOf(byReason);
        byTrack = List.copyOf(byTrack);
    }
}
