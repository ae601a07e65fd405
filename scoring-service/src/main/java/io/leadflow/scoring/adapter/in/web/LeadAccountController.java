package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AssignLeadAccountUseCase;
import io.leadflow.scoring.domain.account.AccountId;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lead's account set by hand (overriding the domain match) and the override removed again. */
@RestController
@RequestMapping("/api/v1/leads/{leadId}/account")
class LeadAccountController {

    record LeadAccountRequest(String accountId) {}

    /** @param accountId null when no account matches the lead */
    record LeadAccountResponse(String leadId, String accountId, boolean manual) {}

    private final AssignLeadAccountUseCase assign;

    LeadAccountController(AssignLeadAccountUseCase assign) {
        this.assign = assign;
    }

    @PutMapping(consumes = "application/json")
    LeadAccountResponse assign(@PathVariable String leadId, @RequestBody LeadAccountRequest request) {
        LeadId lead = LeadId.parse(leadId);
        AccountId account = AccountId.parse(request.accountId());
        assign.assignAccount(lead, account);
        return new LeadAccountResponse(lead.toString(), account.toString(), true);
    }

    /** Removes the override: the lead's e-mail or company domain decides its account again. */
    @DeleteMapping
    LeadAccountResponse match(@PathVariable String leadId) {
        LeadId lead = LeadId.parse(leadId);
        return new LeadAccountResponse(
                lead.toString(),
                assign.matchAccount(lead).map(AccountId::toString).orElse(null),
                false);
    }
}
