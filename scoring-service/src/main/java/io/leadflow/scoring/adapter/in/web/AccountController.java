package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.scoring.application.port.in.AccountConflictException;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.in.CreateAccountCommand;
import io.leadflow.scoring.application.port.in.CreateAccountUseCase;
import io.leadflow.scoring.application.port.in.FindAccountQuery;
import io.leadflow.scoring.application.port.in.FindAccountViewQuery;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase.ImportReport;
import io.leadflow.scoring.application.port.in.UpdateAccountCommand;
import io.leadflow.scoring.application.port.in.UpdateAccountUseCase;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.CompanyDomain;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: marketing creates, revises and imports them; sales and marketing read them. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    record AccountListResponse(List<AccountResponse> accounts, int page, int size, long total) {}

    private final CreateAccountUseCase create;
    private final UpdateAccountUseCase update;
    private final ImportAccountsUseCase imports;
    private final FindAccountQuery find;
    private final FindAccountViewQuery view;

    AccountController(
            CreateAccountUseCase create,
            UpdateAccountUseCase update,
            ImportAccountsUseCase imports,
            FindAccountQuery find,
            FindAccountViewQuery view) {
        this.create = create;
        this.update = update;
        this.imports = imports;
        this.find = find;
        this.view = view;
    }

    /** The account's people with stages and scores, the account score and buying-committee coverage. */
    @GetMapping("/{accountId}/view")
    AccountViewResponse view(@PathVariable String accountId) {
        return AccountViewResponse.of(view.findAccountView(AccountId.parse(accountId)));
    }

    /** 201 with the account and its {@code Location}; 409 when the domain has an account. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<AccountResponse> create(@RequestBody AccountRequest request) {
        Account account = create.createAccount(
                new CreateAccountCommand(CompanyDomain.of(request.domain()), request.firmographics()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
                .body(AccountResponse.of(account));
    }

    @GetMapping("/{accountId}")
    AccountResponse account(@PathVariable String accountId) {
        return AccountResponse.of(find.findAccount(AccountId.parse(accountId)));
    }

    /** Replaces the firmographics; the domain stays (a different one is a 409), its leads are re-scored. */
    @PutMapping(path = "/{accountId}", consumes = "application/json")
    AccountResponse update(@PathVariable String accountId, @RequestBody AccountRequest request) {
        AccountId id = AccountId.parse(accountId);
        if (request.domain() != null && !request.domain().isBlank()) {
            CompanyDomain domain = CompanyDomain.of(request.domain());
            if (!find.findAccount(id).domain().equals(domain)) {
                throw new AccountConflictException(
                        "domain", "domain.fixed", "an account keeps its domain; create an account for " + domain);
            }
        }
        return AccountResponse.of(update.updateAccount(new UpdateAccountCommand(id, request.firmographics())));
    }

    /**
     * Accounts by name: {@code q} (part of name or domain), {@code targetAccount}, {@code tier}, {@code industry},
     * {@code country}, {@code ownerRepId}; {@code page} from 0, {@code size} 1 to 200.
     */
    @GetMapping
    AccountListResponse accounts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String targetAccount,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String ownerRepId,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size) {
        AccountPage found = find.findAccounts(new AccountSearch(
                q,
                blank(targetAccount) ? null : flag(targetAccount),
                blank(tier) ? null : integer(tier, "tier"),
                blank(industry) ? null : industry.strip(),
                blank(country) ? null : country.strip(),
                AccountRequest.repId(ownerRepId),
                integer(page, "page"),
                integer(size, "size")));
        return new AccountListResponse(
                found.accounts().stream().map(AccountResponse::of).toList(), found.page(), found.size(), found.total());
    }

    /**
     * An account file as the body ({@code Content-Type: text/csv}, UTF-8): each row creates its domain's account or
     * revises it. One invalid row refuses the file (400 with every bad row's {@code row}, {@code field} and
     * {@code rule}); nothing is imported then.
     */
    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "text/plain"})
    ImportReport importAccounts(@RequestBody(required = false) byte[] file) {
        return imports.importAccounts(AccountFile.read(file == null ? null : new String(file, StandardCharsets.UTF_8)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean flag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("targetAccount", "targetAccount.invalid", "true or false");
        };
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".notANumber", field + " is a whole number");
        }
    }
}
