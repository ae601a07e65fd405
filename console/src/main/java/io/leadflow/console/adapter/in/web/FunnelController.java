package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ConversionRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funnel: MQL (what others call AQL: qualified by the automation) to SAL to SQL by channel for a period, from
 * the hand-off service's conversion report, as a chart and a table with a row for all channels together.
 */
@Controller
class FunnelController {

    static final String ALL = "All channels";

    private final FindReportsQuery reports;
    private final JsonMapper json;

    FunnelController(FindReportsQuery reports, JsonMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/funnel")
    String funnel(
            Caller caller,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.now(ZoneOffset.UTC));
        List<ConversionRow> channels = reports.conversion(caller, period.start(), period.end(), "channel");
        List<ConversionRow> rows = new ArrayList<>(channels);
        if (!channels.isEmpty()) {
            rows.add(total(channels));
        }
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "funnelChart", ReportController.conversionChart(rows, "channel").toJson(json));
        return "funnel";
    }

    static ConversionRow total(List<ConversionRow> channels) {
        long mql = channels.stream().mapToLong(ConversionRow::mql).sum();
        long sal = channels.stream().mapToLong(ConversionRow::sal).sum();
        long sql = channels.stream().mapToLong(ConversionRow::sql).sum();
        return new ConversionRow(
                ALL, mql, sal, sql, mql == 0 ? null : (double) sal / mql, sal == 0 ? null : (double) sql / sal);
    }
}
