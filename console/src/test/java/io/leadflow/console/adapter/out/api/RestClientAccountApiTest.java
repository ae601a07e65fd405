package io.leadflow.console.adapter.out.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.leadflow.console.application.Account;
import io.leadflow.console.application.AccountDraft;
import io.leadflow.console.application.AccountImport;
import io.leadflow.console.application.AccountView;
import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.LeadAccount;
import io.leadflow.console.application.ListPaging;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The accounts API as scoring documents it (docs/accounts.md and its response records), through the gateway. */
class RestClientAccountApiTest {

    private static final String ACME = "0a0a0a0a-0000-4000-8000-0000000000ac";
    private static final String REP = "0a0a0a0a-0000-4000-8000-000000000001";
    private static final String JANE = "0a0a0a0a-0000-4000-8000-00000000000a";
    private static final String LEAD = "0a0a0a0a-0000-4000-8000-0000000000b2";
    private static final String ACCOUNT_JSON = """
            {"id":"%s","domain":"acme.com","name":"Acme, Inc.","size":1200,"industry":"Software","country":"DE",
             "targetAccount":true,"tier":1,"ownerRepId":"%s","origin":"IMPORT",
             "createdAt":"2026-12-01T08:00:00Z","updatedAt":"2026-12-02T08:00:00Z"}""".formatted(ACME, REP);
    private static final Account ACCOUNT = new Account(
            UUID.fromString(ACME),
            "acme.com",
            "Acme, Inc.",
            1200,
            "Software",
            "DE",
            true,
            1,
            REP,
            "IMPORT",
            Instant.parse("2026-12-01T08:00:00Z"),
            Instant.parse("2026-12-02T08:00:00Z"));

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://gateway.test");
    private final MockRestServiceServer gateway =
            MockRestServiceServer.bindTo(builder).build();
    private final RestClientAccountApi api = new RestClientAccountApi(
            new GatewayApi(builder.build(), JsonMapper.builder().build()));
    private final Caller marketer = new Caller("marketer@example.com", Set.of("marketing"), "the-token");

    @Test
    void reads_a_page_of_accounts_with_the_filters_as_typed_and_encoded() {
        gateway.expect(requestTo(
                        "http://gateway.test/api/v1/accounts?q=A%26B%20Co&targetAccount=true&tier=1&page=2&size=25"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(header("Authorization", "Bearer the-token"))
                .andRespond(withSuccess(
                        "{\"accounts\":[" + ACCOUNT_JSON + "],\"page\":2,\"size\":25,\"total\":51}",
                        MediaType.APPLICATION_JSON));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "A&B Co");
        filters.put("targetAccount", "true");
        filters.put("tier", "1");

        var list = api.accounts(marketer, filters, 2, 25);

        assertThat(list.accounts()).containsExactly(ACCOUNT);
        assertThat(list.paging()).isEqualTo(new ListPaging(2, 25, 51));
        gateway.verify();
    }

    @Test
    void reads_the_account_view_with_its_people_score_and_buying_committee() {
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts/" + ACME + "/view"))
                .andRespond(withSuccess("""
                        {"account":%s,"score":90,"engagedPeople":1,
                         "people":[{"leadId":"%s","email":"jane@acme.com","jobTitle":"CTO","stage":"MQL","score":80}],
                         "buyingCommittee":[{"persona":"decision-maker","covered":true,"leadIds":["%s"]},
                                            {"persona":"user","covered":false,"leadIds":[]}]}""".formatted(ACCOUNT_JSON, JANE, JANE), MediaType.APPLICATION_JSON));

        AccountView view = api.view(marketer, UUID.fromString(ACME));

        assertThat(view.account()).isEqualTo(ACCOUNT);
        assertThat(view.score()).isEqualTo(90);
        assertThat(view.engagedPeople()).isEqualTo(1);
        assertThat(view.people())
                .containsExactly(new AccountView.Person(UUID.fromString(JANE), "jane@acme.com", "CTO", "MQL", 80));
        assertThat(view.covered())
                .containsExactly(new AccountView.Persona("decision-maker", true, List.of(UUID.fromString(JANE))));
        assertThat(view.missing()).extracting(AccountView.Persona::persona).containsExactly("user");
    }

    @Test
    void creates_an_account_with_the_documented_fields_and_a_taken_domain_is_refused_at_the_domain() {
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"domain":"acme.com","name":"Acme, Inc.","size":1200,"industry":"Software","country":"DE",
                         "targetAccount":true,"tier":1,"ownerRepId":"%s"}""".formatted(REP), true))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(ACCOUNT_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts"))
                .andRespond(withStatus(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://leadflow.io/problems/account-conflict","status":409,
                                 "detail":"an account has the domain acme.com","field":"domain","rule":"domain.taken"}"""));
        AccountDraft draft = new AccountDraft("acme.com", "Acme, Inc.", 1200, "Software", "DE", true, 1, REP);

        assertThat(api.create(marketer, draft)).isEqualTo(ACCOUNT);
        assertThatThrownBy(() -> api.create(marketer, draft)).isInstanceOfSatisfying(ApiRefusal.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(409);
            assertThat(refusal.fields()).containsEntry("domain", "an account has the domain acme.com");
        });
        gateway.verify();
    }

    @Test
    void replaces_the_firmographics_without_a_domain_and_field_problems_name_the_field() {
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts/" + ACME))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("""
                        {"domain":null,"name":"Acme","size":null,"industry":null,"country":"XX",
                         "targetAccount":false,"tier":null,"ownerRepId":null}""", true))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"status":400,"detail":"XX is no ISO 3166 country","field":"country",
                                 "rule":"country.unknown","errors":[{"field":"country","rule":"country.unknown",
                                 "detail":"XX is no ISO 3166 country"}]}"""));

        assertThatThrownBy(() -> api.update(
                        marketer,
                        UUID.fromString(ACME),
                        new AccountDraft(null, "Acme", null, null, "XX", false, null, null)))
                .isInstanceOfSatisfying(
                        ApiRefusal.class,
                        refusal -> assertThat(refusal.fields()).containsEntry("country", "XX is no ISO 3166 country"));
        gateway.verify();
    }

    @Test
    void imports_a_file_as_utf8_csv_and_a_refused_file_lists_every_bad_row() {
        String csv = "domain,name\nmüller.de,Müller\n";
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts/import"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(content().bytes(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andRespond(withSuccess("{\"created\":1,\"updated\":0}", MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/accounts/import"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"https://leadflow.io/problems/invalid-account-file","status":400,
                                 "detail":"2 row(s) of the account file are invalid; nothing was imported",
                                 "field":"country","rule":"country.unknown","errors":[
                                 {"row":1,"line":2,"field":"country","rule":"country.unknown","detail":"XX is no country"},
                                 {"row":3,"line":5,"field":"domain","rule":"domain.repeated","detail":"acme.com twice"}]}"""));

        assertThat(api.importFile(marketer, csv)).isEqualTo(new AccountImport(1, 0));
        assertThatThrownBy(() -> api.importFile(marketer, csv)).isInstanceOfSatisfying(ApiRefusal.class, refusal -> {
            assertThat(refusal.getMessage()).contains("nothing was imported");
            assertThat(refusal.rows())
                    .containsExactly(
                            new ApiRefusal.RowError(1, 2, "country", "country.unknown", "XX is no country"),
                            new ApiRefusal.RowError(3, 5, "domain", "domain.repeated", "acme.com twice"));
        });
        gateway.verify();
    }

    @Test
    void sets_a_leads_account_by_hand_and_removes_the_override_again() {
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD + "/account"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("{\"accountId\":\"" + ACME + "\"}", true))
                .andRespond(withSuccess(
                        "{\"leadId\":\"%s\",\"accountId\":\"%s\",\"manual\":true}".formatted(LEAD, ACME),
                        MediaType.APPLICATION_JSON));
        gateway.expect(requestTo("http://gateway.test/api/v1/leads/" + LEAD + "/account"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withSuccess(
                        "{\"leadId\":\"%s\",\"accountId\":null,\"manual\":false}".formatted(LEAD),
                        MediaType.APPLICATION_JSON));

        assertThat(api.assign(marketer, UUID.fromString(LEAD), UUID.fromString(ACME)))
                .isEqualTo(new LeadAccount(UUID.fromString(LEAD), UUID.fromString(ACME), true));
        assertThat(api.unassign(marketer, UUID.fromString(LEAD)))
                .isEqualTo(new LeadAccount(UUID.fromString(LEAD), null, false));
        gateway.verify();
    }
}
