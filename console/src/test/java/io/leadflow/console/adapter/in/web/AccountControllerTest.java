package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asMarketer;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountList;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.port.in.AccountFilter;
import io.leadflow.console.application.port.in.FindAccountsQuery;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(AccountController.class)
class AccountControllerTest {

    static final UUID ACME = UUID.fromString("00000000-0000-4000-8000-0000000000ac");
    static final UUID JANE = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID JOE = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FindAccountsQuery accounts;

    @MockitoBean
    KeepAccountsUseCase keep;

    @Test
    void the_list_links_each_account_and_passes_the_search_and_filters_to_scoring() throws Exception {
        given(accounts.findAccounts(any(), any()))
                .willReturn(new AccountList(List.of(acme("Acme, Inc.")), new ListPaging(1, 25, 60)));

        String page = page(asMarketer(get("/accounts"))
                .param("q", "acme")
                .param("targetAccount", "true")
                .param("tier", "1")
                .param("industry", "Software")
                .param("country", "DE")
                .param("page", "1"));

        ArgumentCaptor<AccountFilter> filter = ArgumentCaptor.forClass(AccountFilter.class);
        Mockito.verify(accounts).findAccounts(any(), filter.capture());
        assertThat(filter.getValue().filters())
                .containsExactly(
                        Map.entry("q", "acme"),
                        Map.entry("targetAccount", "true"),
                        Map.entry("tier", "1"),
                        Map.entry("industry", "Software"),
                        Map.entry("country", "DE"));
        assertThat(filter.getValue().page()).isEqualTo(1);
        assertThat(page)
                .contains("href=\"/accounts/" + ACME + "\">Acme, Inc.</a>", "acme.com")
                .contains("Accounts 26–50 of 60", "id=\"next-page\"", "id=\"previous-page\"")
                .contains("<a href=\"/accounts\" aria-current=\"page\">Accounts</a>")
                .contains("id=\"new-account\"", "id=\"import-form\"", "hx-encoding=\"multipart/form-data\"");
        assertThat(page).containsPattern("<option value=\"true\" selected=\"selected\">Target accounts only");
        assertThat(inputsWithoutLabel(page)).isEmpty();
    }

    @Test
    void an_htmx_search_answers_only_the_results() throws Exception {
        given(accounts.findAccounts(any(), any())).willReturn(new AccountList(List.of(), new ListPaging(0, 25, 0)));

        String answer = page(asMarketer(get("/accounts")).param("q", "nobody").header("HX-Request", "true"));

        assertThat(answer)
                .contains("id=\"account-results\"", "No account matches this search")
                .doesNotContain("<html", "id=\"account-search\"");
    }

    @Test
    void an_empty_list_says_how_accounts_come_to_be() throws Exception {
        given(accounts.findAccounts(any(), any())).willReturn(new AccountList(List.of(), new ListPaging(0, 25, 0)));

        assertThat(page(asMarketer(get("/accounts"))))
                .contains("No accounts yet. An account appears when a lead with a company domain arrives");
    }

    @Test
    void a_hostile_account_name_is_shown_as_text_in_the_list_and_on_its_page() throws Exception {
        given(accounts.findAccounts(any(), any()))
                .willReturn(new AccountList(List.of(acme(HOSTILE)), new ListPaging(0, 25, 1)));
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme(HOSTILE)));

        assertThat(page(asMarketer(get("/accounts")).param("q", HOSTILE)))
                .doesNotContain(HOSTILE)
                .contains(ESCAPED);
        assertThat(page(asMarketer(get("/accounts/" + ACME))))
                .doesNotContain(HOSTILE)
                .contains("<title>" + ESCAPED + " · LeadFlow</title>");
    }

    @Test
    void the_account_page_shows_the_score_the_people_and_which_personas_engaged_and_which_are_missing()
            throws Exception {
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme("Acme")));

        String page = page(asMarketer(get("/accounts/" + ACME)));

        assertThat(page)
                .contains("id=\"account-domain\">acme.com<", "yes, tier 1")
                .contains("Score 90", "1 of 2 people count as engaged")
                .contains("<strong>decision-maker</strong>", "jane@acme.com")
                .contains("<li>technical-evaluator</li>")
                .contains("href=\"/leads/" + JANE + "\">jane@acme.com</a>", ">MQL<", ">80<")
                .contains("id=\"edit-account\"", "hx-post=\"/accounts/" + ACME + "\"", "value=\"Acme\"")
                .doesNotContain("id=\"edit-account-domain\"");
        assertThat(inputsWithoutLabel(page)).isEmpty();
    }

    @Test
    void a_sales_rep_reads_accounts_without_forms_and_without_links_to_marketings_lead_page() throws Exception {
        given(accounts.findAccounts(any(), any()))
                .willReturn(new AccountList(List.of(acme("Acme")), new ListPaging(0, 25, 1)));
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme("Acme")));

        assertThat(page(asRep(get("/accounts"))))
                .contains("<a href=\"/accounts\" aria-current=\"page\">Accounts</a>")
                .doesNotContain("id=\"new-account\"", "id=\"import-form\"");
        assertThat(page(asRep(get("/accounts/" + ACME))))
                .contains("jane@acme.com")
                .doesNotContain("href=\"/leads/", "id=\"edit-account\"");
    }

    @Test
    void a_sales_rep_may_not_create_or_change_an_account() throws Exception {
        mvc.perform(asRep(post("/accounts")).param("domain", "x.com").param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(asRep(post("/accounts/" + ACME)).param("name", "X")).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(keep);
    }

    @Test
    void a_role_without_the_page_gets_403_and_no_menu_entry() throws Exception {
        String page = mvc.perform(get("/accounts")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("feed@example.com", "source"))
                        .header("Authorization", "Bearer relayed-token"))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Accounts is not open to your roles.").doesNotContain("href=\"/accounts\"");
        Mockito.verifyNoInteractions(accounts, keep);
    }

    @Test
    void a_new_account_is_sent_as_typed_and_its_page_opens() throws Exception {
        given(keep.createAccount(any(), any())).willReturn(acme("Acme"));

        mvc.perform(asMarketer(post("/accounts"))
                        .header("HX-Request", "true")
                        .param("domain", " https://www.Acme.com ")
                        .param("name", "Acme")
                        .param("size", "1200")
                        .param("industry", "Software")
                        .param("country", "de")
                        .param("targetAccount", "true")
                        .param("tier", "1")
                        .param("ownerRepId", ""))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/accounts/" + ACME));

        Mockito.verify(keep)
                .createAccount(
                        any(),
                        eq(new AccountDraft("https://www.Acme.com", "Acme", 1200, "Software", "de", true, 1, null)));
    }

    @Test
    void a_domain_that_has_an_account_is_named_at_the_domain_input() throws Exception {
        given(keep.createAccount(any(), any()))
                .willThrow(new ApiRefusal(
                        409,
                        "an account has the domain acme.com",
                        Map.of("domain", "an account has the domain acme.com")));

        String answer = mvc.perform(asMarketer(post("/accounts"))
                        .header("HX-Request", "true")
                        .param("domain", "acme.com")
                        .param("name", HOSTILE))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer)
                .contains("id=\"new-account-domain-error\"", "an account has the domain acme.com")
                .contains("aria-describedby=\"new-account-domain-error\"", ESCAPED)
                .doesNotContain(HOSTILE, "<html");
    }

    @Test
    void a_size_that_is_no_number_is_refused_at_its_input_without_asking_scoring() throws Exception {
        String answer = mvc.perform(asMarketer(post("/accounts"))
                        .header("HX-Request", "true")
                        .param("domain", "acme.com")
                        .param("name", "Acme")
                        .param("size", "many"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer).contains("id=\"new-account-size-error\"", "The size is a whole number of employees");
        Mockito.verifyNoInteractions(keep);
    }

    @Test
    void an_edit_scoring_refuses_comes_back_with_the_error_at_the_field_and_a_saved_edit_says_so() throws Exception {
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme("Acme")));
        given(keep.updateAccount(any(), eq(ACME), any()))
                .willThrow(new ApiRefusal(
                        400, "country is not an ISO 3166 code", Map.of("country", "country is not an ISO 3166 code")))
                .willReturn(acme("Acme"));

        String refused = mvc.perform(asMarketer(post("/accounts/" + ACME))
                        .header("HX-Request", "true")
                        .param("name", "Acme")
                        .param("country", "XX"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String saved = page(asMarketer(post("/accounts/" + ACME))
                .header("HX-Request", "true")
                .param("name", "Acme")
                .param("country", "DE"));

        assertThat(refused)
                .contains("id=\"edit-account-country-error\"", "country is not an ISO 3166 code", "value=\"XX\"")
                .doesNotContain("<html");
        assertThat(saved).contains("id=\"account-saved\"", "re-scored").doesNotContain("field-error");
        Mockito.verify(keep)
                .updateAccount(
                        any(), eq(ACME), eq(new AccountDraft(null, "Acme", null, null, "DE", false, null, null)));
    }

    @Test
    void an_address_that_is_no_account_id_is_not_found_without_asking_scoring() throws Exception {
        mvc.perform(asMarketer(get("/accounts/not-an-id"))).andExpect(status().isNotFound());
        Mockito.verifyNoInteractions(accounts);
    }

    static Account acme(String name) {
        return new Account(ACME, "acme.com", name, 1200, "Software", "DE", true, 1, null, "API", null, null);
    }

    static AccountView view(Account account) {
        return new AccountView(
                account,
                90,
                1,
                List.of(
                        new AccountView.Person(JANE, "jane@acme.com", "CTO", "MQL", 80),
                        new AccountView.Person(JOE, "joe@acme.com", "Intern", "NEW", 5)),
                List.of(
                        new AccountView.Persona("decision-maker", true, List.of(JANE)),
                        new AccountView.Persona("technical-evaluator", false, List.of())));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return SignedIn.page(mvc, request);
    }

    static List<String> inputsWithoutLabel(String page) {
        java.util.regex.Matcher inputs = java.util.regex.Pattern.compile(
                        "<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")
                .matcher(page);
        List<String> missing = new java.util.ArrayList<>();
        while (inputs.find()) {
            if (!page.contains("for=\"" + inputs.group(1) + "\"")) {
                missing.add(inputs.group(1));
            }
        }
        return missing;
    }
}
