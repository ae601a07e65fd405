package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.RecycleRate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Nurturing's {@code NurtureStatisticsView}; the rejections per bucket are added up per reason. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NurtureStatisticsBody(
        @Nullable List<Rejections> rejections,
        @Nullable List<Rate> byReason,
        @Nullable List<Rate> byTrack,
        @Nullable TimeToRecycle timeToRecycle) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rejections(@Nullable String period, String reason, long count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rate(String key, long enrolled, long recycled, double rate) {

        RecycleRate toRate() {
            return new RecycleRate(key, enrolled, recycled, rate);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TimeToRecycle(
            long recycled,
            @Nullable Double averageDays,
            @Nullable Double medianDays) {}

    NurtureStatistics toStatistics() {
        Map<String, Long> perReason = new TreeMap<>();
        if (rejections != null) {
            rejections.forEach(r -> perReason.merge(r.reason(), r.count(), Long::sum));
        }
        return new NurtureStatistics(
                perReason.entrySet().stream()
                        .map(e -> new NurtureStatistics.ReasonCount(e.getKey(), e.getValue()))
                        .toList(),
                rates(byReason),
                rates(byTrack),
                timeToRecycle == null ? 0 : timeToRecycle.recycled(),
                timeToRecycle == null ? null : timeToRecycle.averageDays(),
                timeToRecycle == null ? null : timeToRecycle.medianDays());
    }

    private static List<RecycleRate> rates(@Nullable List<Rate> rates) {
        return rates == null ? List.of() : rates.stream().map(Rate::toRate).toList();
    }
}
