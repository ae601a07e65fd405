package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.AccountFilter;
import io.leadflow.console.application.port.in.FindAccountsQuery;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The accounts: the list searched by name or domain and filtered (scoring pages it; htmx swaps the results and puts
 * the search in the address), one account's page with its people, score and buying committee, and marketing's
 * changes: a new account (then its page opens) and an account's firmographics, each refused field at its input.
 */
@Controller
class AccountController {

    private static final String DETAILS = "account :: details";
    private static final String NEW_FORM = "accounts :: newAccount";

    private final FindAccountsQuery accounts;
    private final KeepAccountsUseCase keep;

    AccountController(FindAccountsQuery accounts, KeepAccountsUseCase keep) {
        this.accounts = accounts;
        this.keep = keep;
    }

    @GetMapping("/accounts")
    String accounts(
            Caller caller,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String targetAccount,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(required = false) @Nullable String industry,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String ownerRepId,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        AccountFilter filter = AccountFilter.of(q, targetAccount, tier, industry, country, ownerRepId, page);
        AccountList list = accounts.findAccounts(caller, filter);
        Map<String, String> filters = filter.filters();
        int number = list.paging().page();
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("pageLinks", LeadPageLinks.pages("/accounts", filters, list.paging()));
        model.addAttribute("previous", LeadPageLinks.href("/accounts", filters, "page", Integer.toString(number - 1)));
        model.addAttribute("next", LeadPageLinks.href("/accounts", filters, "page", Integer.toString(number + 1)));
        model.addAttribute("keepsAccounts", keepsAccounts(caller));
        model.addAttribute("form", AccountForm.blank());
        return htmx != null && restore == null ? "accounts :: results" : "accounts";
    }

    @PostMapping("/accounts")
    String create(
            Caller caller,
            @RequestParam MultiValueMap<String, String> posted,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        requireKeeper(caller);
        AccountForm form = AccountForm.read(true, posted);
        if (form.valid()) {
            try {
                Account created = keep.createAccount(caller, form.draft());
                String page = "/accounts/" + created.id();
                if (htmx == null) {
                    return "redirect:" + page;
                }
                response.setHeader("HX-Redirect", page);
                model.addAttribute("form", AccountForm.blank());
                return NEW_FORM;
            } catch (ApiRefusal refusal) {
                form = placed(form, refusal);
            }
        }
        response.setStatus(422);
        model.addAttribute("form", form);
        model.addAttribute("keepsAccounts", true);
        return htmx == null ? accountsWith(caller, form, model) : NEW_FORM;
    }

    @GetMapping("/accounts/{id}")
    String account(Caller caller, @PathVariable String id, Model model) {
        UUID accountId = accountId(id);
        details(caller, accountId, null, null, model);
        return "account";
    }

    @PostMapping("/accounts/{id}")
    String update(
            Caller caller,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            HttpServletResponse response) {
        requireKeeper(caller);
        UUID accountId = accountId(id);
        AccountForm form = AccountForm.read(false, posted);
        if (form.valid()) {
            try {
                keep.updateAccount(caller, accountId, form.draft());
                details(caller, accountId, null, "Saved. The account's leads are re-scored with it.", model);
                return DETAILS;
            } catch (ApiRefusal refusal) {
                form = placed(form, refusal);
            }
        }
        response.setStatus(422);
        details(caller, accountId, form, null, model);
        return DETAILS;
    }

    /** The account view and the edit form: as the account is, or as typed when it was refused. */
    private void details(
            Caller caller, UUID accountId, @Nullable AccountForm refused, @Nullable String saved, Model model) {
        var view = accounts.findAccount(caller, accountId);
        model.addAttribute("view", view);
        model.addAttribute("form", refused == null ? AccountForm.of(view.account()) : refused);
        model.addAttribute("saved", saved);
        model.addAttribute("keepsAccounts", keepsAccounts(caller));
        model.addAttribute("opensLeads", ConsolePage.LEADS.openTo(caller.roles()));
    }

    private String accountsWith(Caller caller, AccountForm form, Model model) {
        AccountFilter filter = AccountFilter.of(null, null, null, null, null, null, null);
        AccountList list = accounts.findAccounts(caller, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("list", list);
        model.addAttribute("pageLinks", LeadPageLinks.pages("/accounts", Map.of(), list.paging()));
        model.addAttribute("previous", "/accounts");
        model.addAttribute("next", LeadPageLinks.href("/accounts", Map.of(), "page", "1"));
        model.addAttribute("form", form);
        return "accounts";
    }

    /** A field refusal goes into the form; anything else (403, 404, ...) is the page's problem. */
    private static AccountForm placed(AccountForm form, ApiRefusal refusal) {
        if (refusal.status() != 400 && refusal.status() != 409 && refusal.status() != 422) {
            throw refusal;
        }
        return form.refused(refusal);
    }

    static UUID accountId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no account with this address.");
        }
    }

    static boolean keepsAccounts(Caller caller) {
        return ConsolePage.keepsAccounts(caller.roles());
    }

    static void requireKeeper(Caller caller) {
        if (!keepsAccounts(caller)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only marketing and admins change accounts.");
        }
    }
}
