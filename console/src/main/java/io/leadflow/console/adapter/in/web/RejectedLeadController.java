package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.RejectedLeadList;
import io.leadflow.console.application.port.in.ExportRejectedLeadsQuery;
import io.leadflow.console.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.console.application.port.in.RejectedLeadFilter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leads sales rejected, filtered as nurturing allows (reason, rep, period, track) and paged by nurturing; the same
 * filter downloads as CSV, which nurturing writes and the console hands on (a GET that changes nothing).
 */
@Controller
class RejectedLeadController {

    static final List<String> REASONS = List.of(
            "timing",
            "no_budget",
            "not_decision_maker",
            "no_need_yet",
            "already_in_contact",
            "unreachable",
            "bad_data",
            "competitor",
            "not_a_buyer",
            "other");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FindRejectedLeadsQuery rejected;
    private final ExportRejectedLeadsQuery export;

    RejectedLeadController(FindRejectedLeadsQuery rejected, ExportRejectedLeadsQuery export) {
        this.rejected = rejected;
        this.export = export;
    }

    @GetMapping("/rejected")
    String rejected(
            Caller caller,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String rep,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String track,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        RejectedLeadFilter filter = RejectedLeadFilter.of(reason, rep, from, to, track, page);
        RejectedLeadList list = rejected.findRejectedLeads(caller, filter);
        Map<String, String> filters = filter.filters();
        int current = list.paging().page();
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("reasons", REASONS);
        model.addAttribute("pageLinks", LeadPageLinks.pages("/rejected", filters, list.paging()));
        model.addAttribute("previous", LeadPageLinks.href("/rejected", filters, "page", Integer.toString(current - 1)));
        model.addAttribute("next", LeadPageLinks.href("/rejected", filters, "page", Integer.toString(current + 1)));
        model.addAttribute("csv", LeadPageLinks.href("/rejected.csv", filters));
        return htmx != null && restore == null ? "rejected :: results" : "rejected";
    }

    @GetMapping("/rejected.csv")
    ResponseEntity<String> csv(
            Caller caller,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String rep,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String track) {
        String body = export.exportRejectedLeads(caller, RejectedLeadFilter.of(reason, rep, from, to, track, null));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rejected-leads.csv")
                                .build()
                                .toString())
                .body(body);
    }
}
