package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.FunnelReport;
import io.leadflow.console.application.FunnelRow;
import io.leadflow.console.application.StalledSqlRow;
import io.leadflow.console.application.port.in.FindReportsQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funnel to revenue: MQL (what others call AQL: qualified by the automation) to SAL, SQL, opportunity and won,
 * with the revenue won, for the leads that entered the funnel in a period, grouped by channel, campaign, segment,
 * score band, grade or rep (scoring's report), as a chart and a table with a row for all leads together; and the
 * SQLs of the period that never closed, by channel and campaign.
 */
@Controller
class FunnelController {

    static final String ALL = "All leads";

    /** The groupings, as the report names them, with the heading the page shows. */
    static final Map<String, String> GROUPS = groups();

    private final FindReportsQuery reports;
    private final JsonMapper json;

    FunnelController(FindReportsQuery reports, JsonMapper json) {
        this.reports = reports;
        this.json = json;
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("channel", "Channel");
        groups.put("campaign", "Campaign");
        groups.put("segment", "Segment");
        groups.put("score-band", "Score band");
        groups.put("grade", "Grade");
        groups.put("rep", "Rep");
        return groups;
    }

    @GetMapping("/funnel")
    String funnel(
            Caller caller,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            Model model) {
        ReportPeriod period = ReportPeriod.of(from, to, LocalDate.now(ZoneOffset.UTC));
        String group = ReportController.choice(by, GROUPS.keySet(), "channel", "by");
        FunnelReport report = reports.funnel(caller, period.start(), period.end(), group);
        List<FunnelRow> rows = new ArrayList<>(report.rows());
        if (report.total() != null && !rows.isEmpty()) {
            FunnelRow t = report.total();
            rows.add(new FunnelRow(ALL, t.mql(), t.sal(), t.sql(), t.opportunity(), t.won(), t.lost(), t.revenue()));
        }
        List<StalledSqlRow> stalled = reports.stalledSqls(caller, period.start(), period.end());
        model.addAttribute("period", period);
        model.addAttribute("by", group);
        model.addAttribute("groups", GROUPS);
        model.addAttribute("heading", GROUPS.get(group));
        model.addAttribute("rows", rows);
        model.addAttribute("stalled", stalled);
        model.addAttribute("funnelChart", chart(rows, GROUPS.get(group)).toJson(json));
        return "funnel";
    }

    static ReportChart chart(List<FunnelRow> rows, String heading) {
        return new ReportChart(
                "Funnel to revenue by " + heading.toLowerCase(java.util.Locale.ROOT),
                "leads",
                rows.stream().map(FunnelRow::key).toList(),
                List.of(
                        series("MQL", rows, FunnelRow::mql),
                        series("SAL", rows, FunnelRow::sal),
                        series("SQL", rows, FunnelRow::sql),
                        series("Opportunity", rows, FunnelRow::opportunity),
                        series("Won", rows, FunnelRow::won)));
    }

    private static ReportChart.Series series(
            String name, List<FunnelRow> rows, java.util.function.ToLongFunction<FunnelRow> count) {
        return new ReportChart.Series(
                name,
                rows.stream()
                        .map(row -> (@Nullable Double) (double) count.applyAsLong(row))
                        .toList());
    }
}
