package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadList;
import io.leadflow.console.application.port.in.FindLeadQuery;
import io.leadflow.console.application.port.in.FindLeadsQuery;
import io.leadflow.console.application.port.in.LeadFilter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Marketing's leads: the list searched by e-mail or company and filtered by stage, grade, score, segment and channel
 * (scoring pages and sorts it; htmx swaps the results and puts the filter in the address), and one lead's page with
 * every model's score and why, its stage moves and engagements.
 */
@Controller
class LeadController {

    static final List<String> STAGES = List.of(
            "NEW",
            "MQL",
            "SAL",
            "SQL",
            "OPPORTUNITY",
            "WON",
            "LOST",
            "REJECTED",
            "NURTURING",
            "RECYCLED",
            "DISQUALIFIED");
    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final List<String> CHANNELS = List.of(
            "CONTENT_FORM",
            "CONTACT_FORM",
            "PAID_SEARCH",
            "WEBINAR",
            "IN_PERSON_EVENT",
            "TRADE_SHOW",
            "EMAIL",
            "WEBSITE",
            "SOCIAL",
            "SALES_GENERATED",
            "IMPORT",
            "OTHER");

    private final FindLeadsQuery leads;
    private final FindLeadQuery lead;

    LeadController(FindLeadsQuery leads, FindLeadQuery lead) {
        this.leads = leads;
        this.lead = lead;
    }

    @GetMapping("/leads")
    String leads(
            Caller caller,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String grade,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String minScore,
            @RequestParam(required = false) @Nullable String maxScore,
            @RequestParam(required = false) @Nullable String needsData,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        LeadFilter filter =
                LeadFilter.of(q, stage, grade, segment, channel, minScore, maxScore, needsData, sort, direction, page);
        LeadList list = leads.findLeads(caller, filter);
        Map<String, String> parameters = filter.parameters();
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("pageLinks", LeadPageLinks.pages("/leads", parameters, list.paging()));
        model.addAttribute(
                "previous",
                LeadPageLinks.href(
                        "/leads",
                        parameters,
                        "page",
                        Integer.toString(list.paging().page() - 1)));
        model.addAttribute(
                "next",
                LeadPageLinks.href(
                        "/leads",
                        parameters,
                        "page",
                        Integer.toString(list.paging().page() + 1)));
        model.addAttribute("sortLinks", sortLinks(filter));
        model.addAttribute("stages", STAGES);
        model.addAttribute("grades", GRADES);
        model.addAttribute("channels", CHANNELS);
        return htmx != null && restore == null ? "leads :: results" : "leads";
    }

    @GetMapping("/leads/{id}")
    String lead(Caller caller, @PathVariable String id, Model model) {
        UUID leadId;
        try {
            leadId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no lead with this address.");
        }
        model.addAttribute("overview", lead.findLead(caller, leadId));
        model.addAttribute("leadId", leadId);
        model.addAttribute("keepsAccounts", AccountController.keepsAccounts(caller));
        return "lead";
    }

    /** Each sortable column's heading link: by it, descending first, the other way on a second click. */
    private static Map<String, String> sortLinks(LeadFilter filter) {
        Map<String, String> filters = filter.filters();
        return Map.of(
                "score", sortLink(filters, filter, "score"),
                "qualifiedAt", sortLink(filters, filter, "qualifiedAt"),
                "updatedAt", sortLink(filters, filter, "updatedAt"));
    }

    private static String sortLink(Map<String, String> filters, LeadFilter filter, String column) {
        Map<String, String> with = new java.util.LinkedHashMap<>(filters);
        with.put("sort", column);
        with.put("direction", filter.nextDirection(column));
        return LeadPageLinks.href("/leads", with);
    }
}
