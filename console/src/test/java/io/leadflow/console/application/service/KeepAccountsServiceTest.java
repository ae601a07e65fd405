package io.leadflow.console.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.port.out.AccountApi;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class KeepAccountsServiceTest {

    private static final UUID LEAD = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    private static final UUID ACME = UUID.fromString("00000000-0000-4000-8000-0000000000ac");
    private static final UUID ACME_LABS = UUID.fromString("00000000-0000-4000-8000-0000000000ad");

    private final AccountApi api = Mockito.mock(AccountApi.class);
    private final KeepAccountsService service = new KeepAccountsService(api);
    private final Caller marketer = new Caller("m@example.com", Set.of("marketing"), "token");

    @Test
    void an_account_named_by_domain_is_the_one_with_exactly_that_domain_as_scoring_writes_it() {
        given(api.accounts(any(), eq(Map.of("q", "acme.com")), eq(0), anyInt()))
                .willReturn(new AccountList(
                        List.of(account(ACME_LABS, "labs.acme.com"), account(ACME, "acme.com")),
                        new ListPaging(0, 50, 2)));
        given(api.assign(any(), eq(LEAD), eq(ACME))).willReturn(new LeadAccount(LEAD, ACME, true));

        assertThat(service.assignAccount(marketer, LEAD, " https://www.ACME.com/about "))
                .isEqualTo(new LeadAccount(LEAD, ACME, true));
    }

    @Test
    void an_account_id_is_used_as_it_is_and_a_domain_no_account_has_is_refused_at_the_input() {
        given(api.assign(any(), eq(LEAD), eq(ACME))).willReturn(new LeadAccount(LEAD, ACME, true));
        given(api.accounts(any(), any(), anyInt(), anyInt()))
                .willReturn(new AccountList(List.of(account(ACME_LABS, "labs.acme.com")), new ListPaging(0, 50, 1)));

        assertThat(service.assignAccount(marketer, LEAD, ACME.toString()).accountId())
                .isEqualTo(ACME);
        assertThatThrownBy(() -> service.assignAccount(marketer, LEAD, "acme.com"))
                .isInstanceOfSatisfying(ApiRefusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.fields()).containsKey("account");
                    assertThat(refusal.getMessage()).isEqualTo("No account has the domain acme.com.");
                });
        Mockito.verify(api, Mockito.times(1)).assign(any(), any(), any());
    }

    private static Account account(UUID id, String domain) {
        return new Account(id, domain, domain, null, null, null, false, null, null, "API", null, null);
    }
}
