package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.port.in.FindAccountsQuery;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Marketing names a lead's account by hand on the lead's page (a consultant at a partner, a subsidiary with its own
 * domain), or lets the lead's domain decide again. The answer is the page's account section with the account now
 * linked; an account that cannot be found is named at the input.
 */
@Controller
class LeadAccountController {

    private static final String SECTION = "lead :: account";

    private final KeepAccountsUseCase keep;
    private final FindAccountsQuery accounts;

    LeadAccountController(KeepAccountsUseCase keep, FindAccountsQuery accounts) {
        this.keep = keep;
        this.accounts = accounts;
    }

    @PostMapping("/leads/{id}/account")
    String assign(
            Caller caller,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String account,
            Model model,
            HttpServletResponse response) {
        AccountController.requireKeeper(caller);
        UUID leadId = leadId(id);
        section(leadId, model);
        model.addAttribute("accountTyped", account);
        try {
            shown(caller, keep.assignAccount(caller, leadId, account), model);
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 400 && refusal.status() != 404) {
                throw refusal;
            }
            response.setStatus(422);
            model.addAttribute("accountError", refusal.getMessage());
        }
        return SECTION;
    }

    @PostMapping("/leads/{id}/account/match")
    String match(Caller caller, @PathVariable String id, Model model) {
        AccountController.requireKeeper(caller);
        UUID leadId = leadId(id);
        section(leadId, model);
        shown(caller, keep.matchAccount(caller, leadId), model);
        return SECTION;
    }

    private void shown(Caller caller, LeadAccount link, Model model) {
        model.addAttribute("leadAccount", link);
        if (link.accountId() != null) {
            model.addAttribute(
                    "account", accounts.findAccount(caller, link.accountId()).account());
        }
    }

    private static void section(UUID leadId, Model model) {
        model.addAttribute("leadId", leadId);
        model.addAttribute("keepsAccounts", true);
    }

    private static UUID leadId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no lead with this address.");
        }
    }
}
