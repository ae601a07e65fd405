package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.RejectedLeadsFilter;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/rejected")
class RejectedLeadController {

    private final FindRejectedLeadsQuery findRejectedLeads;

    RejectedLeadController(FindRejectedLeadsQuery findRejectedLeads) {
        this.findRejectedLeads = findRejectedLeads;
    }

    /**
     * Rejected leads, newest first, optionally for one reason. Parameters arrive as text so that a bad one is
     * answered with its name and rule: an unknown reason, a page below 0, a size outside 1 to 200.
     */
    @GetMapping
    RejectedLeadPageResponse rejected(
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Optional<RejectionReason> only = reason == null || reason.isBlank()
                ? Optional.empty() : Optional.of(RejectionReason.parse(reason));
        RejectedLeadsFilter filter = new RejectedLeadsFilter(only, number(page, "page", 0),
                number(size, "size", RejectedLeadsFilter.DEFAULT_SIZE));
        return NurtureResponses.page(findRejectedLeads.findRejectedLeads(filter));
    }

    private static int number(String text, String field, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".format", field + " must be a whole number, got '"
                    + text + "'");
        }
    }
}
