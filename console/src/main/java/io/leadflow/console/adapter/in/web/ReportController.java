package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.SlaRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports for managers and marketing: team SLA (by rep or by team) and MQL to SAL to SQL conversion (by channel,
 * campaign, segment or rep) for a chosen period, each as a chart with a table of the same numbers. The period is a
 * plain GET form, so a report's address can be shared.
 */
@Controller
class ReportController {

    static final Set<String> SLA_GROUPS = Set.of("rep", "team");
    static final Set<String> CONVERSION_GROUPS = Set.of("channel", "campaign", "segment", "rep");

    private final FindReportsQuery reports;
    private final JsonMapper json;

    ReportController(FindReportsQuery reports, JsonMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/reports")
    String reports(
            Caller caller,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(name = "slaBy", required = false) @Nullable String slaBy,
            @RequestParam(name = "conversionBy", required = false) @Nullable String conversionBy,
            Model model) {
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.now(ZoneOffset.UTC));
        String sla = choice(slaBy, SLA_GROUPS, "rep", "slaBy");
        String conversion = choice(conversionBy, CONVERSION_GROUPS, "channel", "conversionBy");
        List<SlaRow> slaRows = reports.sla(caller, period.start(), period.end(), sla);
        List<ConversionRow> conversionRows = reports.conversion(caller, period.start(), period.end(), conversion);
        model.addAttribute("period", period);
        model.addAttribute("slaBy", sla);
        model.addAttribute("conversionBy", conversion);
        model.addAttribute("slaRows", slaRows);
        model.addAttribute("conversionRows", conversionRows);
        model.addAttribute("slaChart", slaChart(slaRows, sla).toJson(json));
        model.addAttribute(
                "conversionChart", conversionChart(conversionRows, conversion).toJson(json));
        return "reports";
    }

    static ReportChart slaChart(List<SlaRow> rows, String by) {
        return new ReportChart(
                "SLA compliance by " + by,
                "%",
                rows.stream().map(SlaRow::label).toList(),
                List.of(new ReportChart.Series(
                        "Compliance",
                        rows.stream().map(row -> percent(row.compliance())).toList())));
    }

    /** MQL, SAL and SQL counts per group: the funnel's three stages side by side. */
    static ReportChart conversionChart(List<ConversionRow> rows, String by) {
        return new ReportChart(
                "Conversion by " + by,
                "leads",
                rows.stream().map(ConversionRow::key).toList(),
                List.of(
                        new ReportChart.Series(
                                "MQL",
                                rows.stream().map(row -> (double) row.mql()).toList()),
                        new ReportChart.Series(
                                "SAL",
                                rows.stream().map(row -> (double) row.sal()).toList()),
                        new ReportChart.Series(
                                "SQL",
                                rows.stream().map(row -> (double) row.sql()).toList())));
    }

    static @Nullable Double percent(@Nullable Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 10.0;
    }

    static String choice(@Nullable String value, Set<String> allowed, String otherwise, String name) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be one of " + allowed + ".");
        }
        return value;
    }
}
