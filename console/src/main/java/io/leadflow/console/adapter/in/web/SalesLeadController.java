package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.console.application.port.in.SalesLeadForm;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A sales-generated lead: the rep enters a person they met; the hand-off service opens the hand-off at SAL in their
 * hands, and htmx goes to its page ({@code HX-Redirect}). A refusal (a missing or invalid e-mail, say) shows in
 * {@code #problem} in the API's words, and the form keeps what was typed.
 */
@Controller
class SalesLeadController {

    private final RegisterSalesLeadUseCase salesLeads;

    SalesLeadController(RegisterSalesLeadUseCase salesLeads) {
        this.salesLeads = salesLeads;
    }

    @GetMapping("/handoffs/new")
    String form() {
        return "sales-lead";
    }

    @PostMapping("/handoffs")
    ResponseEntity<Void> register(
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String firstName,
            @RequestParam(required = false) @Nullable String lastName,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String note,
            Caller caller) {
        UUID id = salesLeads.registerSalesLead(
                caller,
                new SalesLeadForm(
                        text(email), text(firstName), text(lastName), text(company), text(segment), text(note)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("HX-Redirect", "/handoffs/" + id)
                .build();
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
