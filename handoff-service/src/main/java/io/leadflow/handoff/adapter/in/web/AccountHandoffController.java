package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.FindAccountHandoffsQuery;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.support.security.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Qualified accounts in sales' hands, under the hand-off paths (the gateway's {@code /api/v1/handoffs/**} row): the
 * caller's (a rep's own, a manager's teams', an admin's all), newest first, optionally of one account.
 */
@RestController
@RequestMapping("/api/v1/handoffs/accounts")
class AccountHandoffController {

    private final FindAccountHandoffsQuery accountHandoffs;

    AccountHandoffController(FindAccountHandoffsQuery accountHandoffs) {
        this.accountHandoffs = accountHandoffs;
    }

    @GetMapping
    List<AccountHandoffResponse> list(@RequestParam(required = false) String accountId, Caller caller) {
        UUID account = accountId == null ? null : uuid(accountId, "accountId");
        return accountHandoffs.findAccountHandoffs(Identity.required(caller), account).stream()
                .map(AccountHandoffResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    AccountHandoffResponse find(@PathVariable String id, Caller caller) {
        return AccountHandoffResponse.of(
                accountHandoffs.findAccountHandoff(WebValues.handoffId(id), Identity.required(caller)));
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + ".invalid", field + " is a UUID");
        }
    }
}
