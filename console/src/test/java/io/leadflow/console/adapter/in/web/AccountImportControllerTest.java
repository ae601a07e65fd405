package io.leadflow.console.adapter.in.web;

import static io.leadflow.console.adapter.in.web.LeadControllerTest.ESCAPED;
import static io.leadflow.console.adapter.in.web.LeadControllerTest.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebMvcTest(AccountImportController.class)
class AccountImportControllerTest {

    private static final String CSV = "\uFEFFdomain,name,country\nacme.com,\"Acme, Inc.\",DE\nmüller.de,Müller,DE\n";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KeepAccountsUseCase keep;

    @Test
    void an_uploaded_file_goes_to_scoring_as_utf8_text_and_the_answer_counts_what_it_did() throws Exception {
        given(keep.importAccounts(any(), any())).willReturn(new AccountImport(2, 1));

        String answer = mvc.perform(asMarketer(multipart("/accounts/import").file(file(CSV)))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Mockito.verify(keep)
                .importAccounts(any(), eq("domain,name,country\nacme.com,\"Acme, Inc.\",DE\nmüller.de,Müller,DE\n"));
        assertThat(answer)
                .contains("id=\"import-done\"", "Imported: 2 accounts created, 1 updated.")
                .doesNotContain("<html");
    }

    @Test
    void a_refused_file_lists_every_bad_row_as_a_table_with_hostile_values_as_text() throws Exception {
        given(keep.importAccounts(any(), any()))
                .willThrow(new ApiRefusal(
                        400,
                        "2 row(s) of the account file are invalid; nothing was imported",
                        Map.of(),
                        Map.of(),
                        List.of(
                                new ApiRefusal.RowError(1, 2, "country", "country.unknown", "XX is no country"),
                                new ApiRefusal.RowError(3, 4, "name", "name.required", HOSTILE))));

        String answer = mvc.perform(asMarketer(multipart("/accounts/import").file(file(CSV)))
                        .header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer)
                .contains("id=\"import-problem\"", "nothing was imported", "id=\"import-errors\"")
                .contains("<td data-label=\"Row\">1</td>", "<td data-label=\"Line\">2</td>", "country.unknown")
                .contains("<td data-label=\"Row\">3</td>", "name.required", ESCAPED)
                .doesNotContain(HOSTILE);
    }

    @Test
    void no_file_is_refused_without_asking_scoring() throws Exception {
        String answer = mvc.perform(asMarketer(multipart("/accounts/import")).header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(answer).contains("Choose an account file (CSV) to import.");
        Mockito.verifyNoInteractions(keep);
    }

    @Test
    void a_sales_rep_may_not_import() throws Exception {
        mvc.perform(asRep(multipart("/accounts/import").file(file(CSV)))).andExpect(status().isForbidden());
        Mockito.verifyNoInteractions(keep);
    }

    private static MockMultipartHttpServletRequestBuilder asMarketer(MockMultipartHttpServletRequestBuilder request) {
        return signedIn("marketer@example.com", "marketing", request);
    }

    private static MockMultipartHttpServletRequestBuilder asRep(MockMultipartHttpServletRequestBuilder request) {
        return signedIn("rep@example.com", "sales_rep", request);
    }

    private static MockMultipartHttpServletRequestBuilder signedIn(
            String email, String roles, MockMultipartHttpServletRequestBuilder request) {
        request.header(GatewayTokens.HEADER, GatewayTokens.of(email, roles))
                .header("Authorization", "Bearer relayed-token");
        return request;
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "accounts.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
