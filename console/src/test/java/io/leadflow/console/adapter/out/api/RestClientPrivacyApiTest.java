package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PrivacyRequest;
import io.leadflow.console.application.PrivacyRequestList;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class RestClientPrivacyApiTest {

    private static final Caller OFFICER = new Caller("dpo@example.com", Set.of("privacy_officer"), "token");
    private static final UUID ID = UUID.fromString("0a0a0a0a-0000-4000-8000-00000000000e");

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClientPrivacyApi api = new RestClientPrivacyApi(new GatewayApi(builder.build(), json), json);

    @Test
    void the_address_goes_in_the_body_never_in_the_url() {
        gateway.expect(requestTo("http://gateway.test/api/v1/privacy/erasures"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"email\":\"wren@northwind.example\"}"))
                .andRespond(withStatus(HttpStatus.ACCEPTED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"id\":\"" + ID + "\",\"kind\":\"erasure\",\"status\":\"PENDING\","
                                + "\"requestedAt\":\"2026-11-20T10:00:00Z\",\"services\":["
                                + "{\"service\":\"ingestion-service\",\"status\":\"DONE\","
                                + "\"doneAt\":\"2026-11-20T10:00:00Z\",\"records\":4},"
                                + "{\"service\":\"scoring-service\",\"status\":\"PENDING\"}]}"));

        PrivacyRequest asked = api.request(OFFICER, "erasure", "wren@northwind.example");

        assertThat(asked.id()).isEqualTo(ID);
        assertThat(asked.servicesDone()).isOne();
        gateway.verify();
    }

    @Test
    void reads_a_page_of_exports_and_an_exports_document_indented() {
        gateway.expect(requestTo("http://gateway.test/api/v1/privacy/exports?page=1&size=20"))
                .andRespond(withSuccess(
                        "{\"page\":1,\"size\":20,\"total\":21,\"items\":[{\"id\":\"" + ID
                                + "\",\"kind\":\"export\",\"status\":\"COMPLETED\",\"services\":[]}]}",
                        MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/privacy/exports/" + ID))
                .andRespond(withSuccess(
                        "{\"id\":\"" + ID + "\",\"kind\":\"export\",\"status\":\"COMPLETED\",\"services\":[],"
                                + "\"document\":{\"leadIds\":[\"x\"]}}",
                        MediaType.APPLICATION_JSON));

        PrivacyRequestList page = api.recent(OFFICER, "export", 1, 20);
        PrivacyRequest export = api.find(OFFICER, "export", ID);

        assertThat(page.paging().total()).isEqualTo(21);
        assertThat(page.items())
                .singleElement()
                .satisfies(r -> assertThat(r.document()).isNull());
        assertThat(export.document()).contains("\"leadIds\"").contains("\n");
        gateway.verify();
    }
}
