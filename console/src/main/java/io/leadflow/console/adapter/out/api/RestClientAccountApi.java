package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.port.out.AccountApi;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Scoring's {@code /api/v1/accounts} (list, view, create, update, import as {@code text/csv}) and
 * {@code /api/v1/leads/{id}/account}, called as the person.
 */
@Component
class RestClientAccountApi implements AccountApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final GatewayApi gateway;

    RestClientAccountApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    /** What scoring reads on create and update: the domain only on create. */
    record AccountRequestBody(
            @Nullable String domain,
            @Nullable String name,
            @Nullable Integer size,
            @Nullable String industry,
            @Nullable String country,
            boolean targetAccount,
            @Nullable Integer tier,
            @Nullable String ownerRepId) {

        static AccountRequestBody of(AccountDraft draft) {
            return new AccountRequestBody(
                    draft.domain(),
                    draft.name(),
                    draft.size(),
                    draft.industry(),
                    draft.country(),
                    draft.targetAccount(),
                    draft.tier(),
                    draft.ownerRepId());
        }
    }

    record LeadAccountBody(UUID leadId, @Nullable UUID accountId, boolean manual) {}

    record ImportBody(int created, int updated) {}

    @Override
    public AccountList accounts(Caller caller, Map<String, String> filters, int page, int size) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        all.put("page", Integer.toString(page));
        all.put("size", Integer.toString(size));
        LeadQueryTemplate query = LeadQueryTemplate.of("/api/v1/accounts", all);
        AccountBody.Page body = gateway.get(caller, query.template(), AccountBody.Page.class, query.values());
        return body == null ? new AccountBody.Page(null, page, size, 0).toList(page, size) : body.toList(page, size);
    }

    @Override
    public AccountView view(Caller caller, UUID accountId) {
        return gateway.get(caller, "/api/v1/accounts/{id}/view", AccountBody.View.class, accountId)
                .toView();
    }

    @Override
    public Account create(Caller caller, AccountDraft draft) {
        return gateway.send(
                        caller, HttpMethod.POST, "/api/v1/accounts", AccountRequestBody.of(draft), AccountBody.class)
                .toAccount();
    }

    @Override
    public Account update(Caller caller, UUID accountId, AccountDraft draft) {
        return gateway.send(
                        caller,
                        HttpMethod.PUT,
                        "/api/v1/accounts/{id}",
                        AccountRequestBody.of(draft),
                        AccountBody.class,
                        accountId)
                .toAccount();
    }

    @Override
    public AccountImport importFile(Caller caller, String csv) {
        ImportBody body =
                gateway.sendText(caller, HttpMethod.POST, "/api/v1/accounts/import", csv, CSV, ImportBody.class);
        return body == null ? new AccountImport(0, 0) : new AccountImport(body.created(), body.updated());
    }

    @Override
    public LeadAccount assign(Caller caller, UUID leadId, UUID accountId) {
        return leadAccount(gateway.send(
                caller,
                HttpMethod.PUT,
                "/api/v1/leads/{id}/account",
                Map.of("accountId", accountId.toString()),
                LeadAccountBody.class,
                leadId));
    }

    @Override
    public LeadAccount unassign(Caller caller, UUID leadId) {
        return leadAccount(gateway.send(
                caller, HttpMethod.DELETE, "/api/v1/leads/{id}/account", null, LeadAccountBody.class, leadId));
    }

    private static LeadAccount leadAccount(LeadAccountBody body) {
        return new LeadAccount(body.leadId(), body.accountId(), body.manual());
    }
}
