package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.port.in.DecideHandoffUseCase;
import io.leadflow.console.application.port.in.FindHandoffQuery;
import io.leadflow.console.application.port.in.HandoffDecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A hand-off's page: why the lead came to sales, whom to call, the lead's timeline, where the hand-off stands, and the
 * rep's actions as htmx forms. Each action posts here, the console asks the hand-off API as the rep, and the answer
 * re-renders the status area ({@code #handoff-status}) with the actions valid in the new status. The API decides who
 * may see and change the hand-off: another rep's answers 403/404 and the page shows only that.
 */
@Controller
class HandoffController {

    /** The API's reason codes for a rejection ({@code RejectionReason}), as the form offers them. */
    static final List<String> REJECTION_REASONS = List.of(
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

    private final FindHandoffQuery handoffs;
    private final DecideHandoffUseCase decisions;

    HandoffController(FindHandoffQuery handoffs, DecideHandoffUseCase decisions) {
        this.handoffs = handoffs;
        this.decisions = decisions;
    }

    @GetMapping("/handoffs/{id}")
    String page(@PathVariable String id, Caller caller, Model model) {
        HandoffDetail handoff = handoffs.findHandoff(caller, handoffId(id));
        model.addAttribute("handoff", handoff);
        model.addAttribute("timeline", handoffs.timelineOf(caller, handoff.leadId()));
        model.addAttribute("rejectionReasons", REJECTION_REASONS);
        return "handoff";
    }

    @PostMapping("/handoffs/{id}/accept")
    String accept(@PathVariable String id, Caller caller, Model model) {
        return status(caller, id, new HandoffDecision.Accept(), model);
    }

    @PostMapping("/handoffs/{id}/qualify")
    String qualify(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String budget,
            @RequestParam(required = false) @Nullable String authority,
            @RequestParam(required = false) @Nullable String need,
            @RequestParam(required = false) @Nullable String timeline,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String currency,
            Caller caller,
            Model model) {
        var decision = new HandoffDecision.Qualify(
                text(budget), text(authority), text(need), text(timeline), amount(amount), text(currency));
        return status(caller, id, decision, model);
    }

    @PostMapping("/handoffs/{id}/reject")
    String reject(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String note,
            Caller caller,
            Model model) {
        String code = text(reason);
        if (code == null) {
            throw new ApiRefusal(400, "Choose a reason.", Map.of("reason", "a rejection needs a reason"));
        }
        return status(caller, id, new HandoffDecision.Reject(code, text(note)), model);
    }

    @PostMapping("/handoffs/{id}/pass")
    String pass(@PathVariable String id, Caller caller, Model model) {
        return status(caller, id, new HandoffDecision.Pass(), model);
    }

    @PostMapping("/handoffs/{id}/disqualify")
    String disqualify(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            Caller caller,
            Model model) {
        return status(caller, id, new HandoffDecision.Disqualify(text(reason)), model);
    }

    private String status(Caller caller, String id, HandoffDecision decision, Model model) {
        model.addAttribute("handoff", decisions.decide(caller, handoffId(id), decision));
        model.addAttribute("rejectionReasons", REJECTION_REASONS);
        return "handoff :: status";
    }

    private static UUID handoffId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such hand-off.");
        }
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable BigDecimal amount(@Nullable String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new ApiRefusal(400, "The amount is not a number.", Map.of("amount", "a number such as 25000"));
        }
    }
}
