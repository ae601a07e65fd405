package io.leadflow.scoring.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.AccountConflictException;
import io.leadflow.scoring.application.port.in.AccountNotFoundException;
import io.leadflow.scoring.application.port.in.AccountPage;
import io.leadflow.scoring.application.port.in.AccountSearch;
import io.leadflow.scoring.application.port.in.AssignLeadAccountUseCase;
import io.leadflow.scoring.application.port.in.CreateAccountCommand;
import io.leadflow.scoring.application.port.in.CreateAccountUseCase;
import io.leadflow.scoring.application.port.in.FindAccountQuery;
import io.leadflow.scoring.application.port.in.FindAccountViewQuery;
import io.leadflow.scoring.application.port.in.ImportAccountsCommand;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase.ImportReport;
import io.leadflow.scoring.application.port.in.UpdateAccountUseCase;
import io.leadflow.scoring.domain.account.Account;
import io.leadflow.scoring.domain.account.AccountId;
import io.leadflow.scoring.domain.account.AccountOrigin;
import io.leadflow.scoring.domain.account.AccountView;
import io.leadflow.scoring.domain.account.CompanyDomain;
import io.leadflow.scoring.domain.account.Firmographics;
import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import io.leadflow.support.testing.SignedInByDefault;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SignedInByDefault.class)
@WebMvcTest({AccountController.class, LeadAccountController.class})
class AccountControllerTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final UUID REP = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final Account ACME = new Account(
            new AccountId(UUID.fromString("11111111-0000-4000-8000-000000000001")),
            new CompanyDomain("acme.com"),
            new Firmographics("Acme", 250, "Software", "DE", true, 1, REP),
            AccountOrigin.API,
            T0,
            T0);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CreateAccountUseCase create;

    @MockitoBean
    private UpdateAccountUseCase update;

    @MockitoBean
    private ImportAccountsUseCase imports;

    @MockitoBean
    private FindAccountQuery find;

    @MockitoBean
    private AssignLeadAccountUseCase assign;

    @MockitoBean
    private FindAccountViewQuery view;

    @Test
    void a_new_account_is_created_from_its_website_and_answered_with_its_location() throws Exception {
        given(create.createAccount(new CreateAccountCommand(
                        new CompanyDomain("acme.com"), new Firmographics("Acme", 250, "Software", "DE", true, 1, REP))))
                .willReturn(ACME);

        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"domain": "https://www.acme.com", "name": "Acme", "size": 250, "industry": "Software",
                         "country": "de", "targetAccount": true, "tier": 1,
                         "ownerRepId": "00000000-0000-4000-8000-00000000000a"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/accounts/" + ACME.id()))
                .andExpect(jsonPath("$.domain").value("acme.com"))
                .andExpect(jsonPath("$.tier").value(1))
                .andExpect(jsonPath("$.ownerRepId").value(REP.toString()));
    }

    @Test
    void a_tier_without_the_target_flag_is_a_problem_naming_field_and_rule_and_creates_nothing() throws Exception {
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"domain": "acme.com", "name": "Acme", "tier": 1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tier"))
                .andExpect(jsonPath("$.rule").value("tier.requiresTarget"));
        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"domain": "<b>x</b>", "name": "Acme"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("domain"));

        then(create).should(never()).createAccount(any());
    }

    @Test
    void a_taken_domain_is_a_conflict() throws Exception {
        given(create.createAccount(any()))
                .willThrow(new AccountConflictException("domain", "domain.taken", "acme.com has an account"));

        mvc.perform(post("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"domain": "acme.com", "name": "Acme"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("domain.taken"));
    }

    @Test
    void an_account_keeps_its_domain_and_an_unknown_one_is_not_found() throws Exception {
        given(find.findAccount(ACME.id())).willReturn(ACME);
        AccountId unknown = AccountId.random();
        given(find.findAccount(unknown)).willThrow(new AccountNotFoundException(unknown));

        mvc.perform(put("/api/v1/accounts/" + ACME.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"domain": "other.com", "name": "Acme"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("domain.fixed"));
        mvc.perform(get("/api/v1/accounts/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.accountId").value(unknown.toString()));
        mvc.perform(get("/api/v1/accounts/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountId"));
    }

    @Test
    void the_list_passes_its_filters() throws Exception {
        given(find.findAccounts(new AccountSearch("acme", true, 1, "Software", "DE", REP, 0, 10)))
                .willReturn(new AccountPage(List.of(ACME), 0, 10, 1));

        mvc.perform(get("/api/v1/accounts?q=acme&targetAccount=true&tier=1&industry=Software&country=DE&size=10"
                        + "&ownerRepId=" + REP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.accounts[0].name").value("Acme"));
        mvc.perform(get("/api/v1/accounts?tier=one"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("tier"));
    }

    @Test
    void an_account_file_is_imported_row_by_row() throws Exception {
        given(imports.importAccounts(new ImportAccountsCommand(List.of(
                        new ImportAccountsCommand.Row(
                                1,
                                new CompanyDomain("acme.com"),
                                new Firmographics("Acme, Inc.", 250, null, "DE", true, 2, null)),
                        new ImportAccountsCommand.Row(
                                2,
                                new CompanyDomain("beta.io"),
                                new Firmographics("Beta", null, null, null, false, null, null))))))
                .willReturn(new ImportReport(1, 1));

        mvc.perform(post("/api/v1/accounts/import").contentType("text/csv").content("""
                        domain,name,size,country,targetAccount,tier
                        www.acme.com,"Acme, Inc.",250,DE,true,2
                        beta.io,Beta,,,,
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1));
    }

    @Test
    void an_account_file_with_bad_rows_names_each_row_field_and_rule_and_imports_nothing() throws Exception {
        mvc.perform(post("/api/v1/accounts/import").contentType("text/csv").content("""
                        domain,name,size,tier,targetAccount
                        acme.com,Acme,many,,
                        beta.io,Beta,10,5,true
                        gamma.io,Gamma,10,,
                        gamma.io,Gamma again,,,
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[1].row").value(2))
                .andExpect(jsonPath("$.errors[1].rule").value("tier.range"))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].rule").value("domain.repeated"));
        mvc.perform(post("/api/v1/accounts/import").contentType("text/csv").content("website,name\nacme.com,Acme\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("file.unknownColumn"));

        then(imports).should(never()).importAccounts(any());
    }

    @Test
    void a_lead_is_assigned_by_hand_and_matched_again() throws Exception {
        String lead = "7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d";

        mvc.perform(put("/api/v1/leads/" + lead + "/account")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"" + ACME.id() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.manual").value(true));
        given(assign.matchAccount(LeadId.parse(lead))).willReturn(Optional.empty());
        mvc.perform(delete("/api/v1/leads/" + lead + "/account"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").doesNotExist())
                .andExpect(jsonPath("$.manual").value(false));

        then(assign).should().assignAccount(LeadId.parse(lead), ACME.id());
    }

    @Test
    void the_account_view_shows_people_score_and_buying_committee() throws Exception {
        given(view.findAccountView(ACME.id()))
                .willReturn(AccountView.of(
                        ACME,
                        List.of(new AccountView.Member(
                                "7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d", "MQL", 60, "jane@acme.com", "CTO")),
                        new Rollup(10, 10, 100),
                        List.of(new Persona("decision-maker", List.of("cto")))));

        mvc.perform(get("/api/v1/accounts/" + ACME.id() + "/view"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.name").value("Acme"))
                .andExpect(jsonPath("$.score").value(60))
                .andExpect(jsonPath("$.people[0].stage").value("MQL"))
                .andExpect(jsonPath("$.buyingCommittee[0].persona").value("decision-maker"))
                .andExpect(jsonPath("$.buyingCommittee[0].covered").value(true));
    }
}
