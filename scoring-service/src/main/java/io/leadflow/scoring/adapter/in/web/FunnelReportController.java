package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.FindFunnelReportQuery;
import io.leadflow.scoring.application.port.in.FunnelDimension;
import io.leadflow.scoring.application.port.in.FunnelReport;
import io.leadflow.scoring.application.port.in.StalledSql;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funnel to revenue for a period [from, to) of funnel entry, for marketing, sales managers and admins (the
 * gateway's access matrix decides who).
 */
@RestController
@RequestMapping("/api/v1/reports/funnel")
class FunnelReportController {

    private final FindFunnelReportQuery funnel;

    FunnelReportController(FindFunnelReportQuery funnel) {
        this.funnel = funnel;
    }

    /** MQL → SAL → SQL → opportunity → won and revenue, {@code by} channel (default), campaign, segment, score-band, grade or rep. */
    @GetMapping
    FunnelReport report(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by) {
        return funnel.findFunnel(instant(from, "from"), instant(to, "to"), FunnelDimension.parse(by));
    }

    /** The SQLs of the period that never closed, by channel and campaign. */
    @GetMapping("/stalled")
    List<StalledSql> stalled(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return funnel.findStalledSqls(instant(from, "from"), instant(to, "to"));
    }

    private static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field, field + ".format", field + " is an ISO instant like 2026-11-01T00:00:00Z");
        }
    }
}
