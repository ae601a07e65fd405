package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management reports for a period [from, to) of hand-off creation: every team's for admins and marketing, a sales
 * manager's own teams' for a manager.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final FindReportsQuery reports;

    ReportController(FindReportsQuery reports) {
        this.reports = reports;
    }

    /** SLA compliance and response times, {@code by=rep} (default) or {@code by=team}. */
    @GetMapping("/sla")
    List<FindReportsQuery.SlaReportRow> sla(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by,
            Caller caller) {
        return reports.slaCompliance(instant(from, "from"), instant(to, "to"), by, Identity.required(caller));
    }

    /** MQL to SAL to SQL conversion, {@code by=channel} (default), {@code campaign}, {@code segment} or {@code rep}. */
    @GetMapping("/conversion")
    List<FindReportsQuery.ConversionReportRow> conversion(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by,
            Caller caller) {
        return reports.conversion(instant(from, "from"), instant(to, "to"), by, Identity.required(caller));
    }

    private static Instant instant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field,
                    field + ".format",
                    field + " is an ISO instant like 2026-11-01T00:00:00Z, got '" + text + "'");
        }
    }
}
