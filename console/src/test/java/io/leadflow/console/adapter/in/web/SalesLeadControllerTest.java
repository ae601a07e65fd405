package io.leadflow.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.console.application.port.in.SalesLeadForm;
import io.leadflow.support.testing.GatewayTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SalesLeadController.class)
class SalesLeadControllerTest {

    private static final UUID CREATED = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegisterSalesLeadUseCase salesLeads;

    @Test
    void the_form_asks_for_what_the_api_takes_with_a_label_for_every_field() throws Exception {
        String page = mvc.perform(HandoffControllerTest.asRep(get("/handoffs/new")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"sales-lead-form\"", "hx-post=\"/handoffs\"");
        for (String field : new String[] {"email", "firstName", "lastName", "company", "segment", "note"}) {
            assertThat(page).contains("name=\"" + field + "\"", "for=\"" + field + "\"");
        }
        assertThat(page).doesNotContain("method=\"post\"");
    }

    @Test
    void creating_the_lead_sends_the_form_and_goes_to_the_new_hand_offs_page() throws Exception {
        given(salesLeads.registerSalesLead(any(), any())).willReturn(CREATED);

        mvc.perform(HandoffControllerTest.asRep(post("/handoffs"))
                        .header("HX-Request", "true")
                        .param("email", " jane@acme.example ")
                        .param("firstName", "Jane")
                        .param("lastName", "Doe")
                        .param("company", "Acme")
                        .param("segment", "")
                        .param("note", "met at the fair"))
                .andExpect(status().isCreated())
                .andExpect(header().string("HX-Redirect", "/handoffs/" + CREATED));

        Mockito.verify(salesLeads)
                .registerSalesLead(
                        any(),
                        eq(new SalesLeadForm("jane@acme.example", "Jane", "Doe", "Acme", null, "met at the fair")));
    }

    @Test
    void a_refused_lead_shows_the_apis_words_and_the_field_in_the_problem_area() throws Exception {
        given(salesLeads.registerSalesLead(any(), any()))
                .willThrow(new ApiRefusal(400, "email is not an e-mail address", Map.of("email", "email.format")));

        String problem = mvc.perform(HandoffControllerTest.asRep(post("/handoffs"))
                        .header("HX-Request", "true")
                        .param("email", "<script>alert(1)</script>"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#problem"))
                .andExpect(header().doesNotExist("HX-Redirect"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(problem).contains("email is not an e-mail address", "email.format");
    }

    @Test
    void roles_without_hand_offs_get_403() throws Exception {
        mvc.perform(get("/handoffs/new")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                        .header("Authorization", "Bearer t"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/handoffs")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("marketer@example.com", "marketing"))
                        .header("Authorization", "Bearer t")
                        .param("email", "x@example.com"))
                .andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(salesLeads);
    }
}
