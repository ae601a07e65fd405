package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.nurturing.application.port.in.FindNurtureStatisticsQuery;
import io.leadflow.nurturing.application.port.in.NurtureStatisticsView;
import io.leadflow.nurturing.application.port.in.StatisticsPeriod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/stats")
class StatisticsController {

    private final FindNurtureStatisticsQuery statistics;
    private final Clock clock;

    StatisticsController(FindNurtureStatisticsQuery statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * Rejections by reason per {@code bucket} (day, week, month), recycle rate by reason and track of enrolments
     * started in the period, and time to recycle. {@code from} / {@code to}: dates or instants (UTC), default the
     * last 90 days.
     */
    @GetMapping
    NurtureStatisticsView stats(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String bucket) {
        Instant end = RejectedLeadController.instant(to, "to").orElse(clock.instant());
        Instant start = RejectedLeadController.instant(from, "from").orElse(end.minus(Duration.ofDays(90)));
        return statistics.findStatistics(new StatisticsPeriod(start, end, bucket(bucket)));
    }

    private static StatisticsPeriod.Bucket bucket(String text) {
        if (text == null || text.isBlank()) {
            return StatisticsPeriod.Bucket.WEEK;
        }
        try {
            return StatisticsPeriod.Bucket.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("bucket", "bucket.unknown", "bucket is one of day, week, month");
        }
    }
}
