package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.AccountControllerTest.ACME;
import static io.leadflow.console.adapter.in.web.AccountControllerTest.acme;
import static io.leadflow.console.adapter.in.web.AccountControllerTest.view;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asMarketer;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.asRep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.port.in.FindAccountsQuery;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LeadAccountController.class)
class LeadAccountControllerTest {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KeepAccountsUseCase keep;

    @MockitoBean
    FindAccountsQuery accounts;

    @Test
    void marketing_names_a_leads_account_by_domain_and_the_section_links_it_as_named_by_hand() throws Exception {
        given(keep.assignAccount(any(), eq(LEAD), eq("acme.com"))).willReturn(new LeadAccount(LEAD, ACME, true));
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme(HOSTILE)));

        String answer = SignedIn.page(
                mvc,
                asMarketer(post("/leads/" + LEAD + "/account"))
                        .header("HX-Request", "true")
                        .param("account", "acme.com"));

        assertThat(answer)
                .contains("id=\"lead-account\"", "id=\"lead-account-link\" href=\"/accounts/" + ACME + "\"")
                .contains(ESCAPED, "named by hand.")
                .doesNotContain(HOSTILE, "<html");
    }

    @Test
    void an_account_that_cannot_be_found_is_named_at_the_input() throws Exception {
        given(keep.assignAccount(any(), eq(LEAD), any()))
                .willThrow(new ApiRefusal(
                        400,
                        "No account has the domain nowhere.test.",
                        Map.of("account", "No account has the domain")));

        String answer = mvc.perform(asMarketer(post("/leads/" + LEAD + "/account"))
                        .header("HX-Request", "true")
                        .param("account", "nowhere.test"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer)
                .contains("id=\"lead-account-error\"", "No account has the domain nowhere.test.")
                .contains("aria-describedby=\"lead-account-error\"", "value=\"nowhere.test\"");
    }

    @Test
    void letting_the_domain_decide_again_shows_the_matched_account_or_that_none_matches() throws Exception {
        given(keep.matchAccount(any(), eq(LEAD)))
                .willReturn(new LeadAccount(LEAD, ACME, false))
                .willReturn(new LeadAccount(LEAD, null, false));
        given(accounts.findAccount(any(), eq(ACME))).willReturn(view(acme("Acme")));

        String matched = SignedIn.page(
                mvc, asMarketer(post("/leads/" + LEAD + "/account/match")).header("HX-Request", "true"));
        String none = SignedIn.page(
                mvc, asMarketer(post("/leads/" + LEAD + "/account/match")).header("HX-Request", "true"));

        assertThat(matched).contains(">Acme</a>", "matched by its domain.");
        assertThat(none).contains("No account matches this lead's domain.");
    }

    @Test
    void other_roles_may_not_change_a_leads_account() throws Exception {
        mvc.perform(asRep(post("/leads/" + LEAD + "/account")).param("account", "acme.com"))
                .andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(keep);
    }
}
