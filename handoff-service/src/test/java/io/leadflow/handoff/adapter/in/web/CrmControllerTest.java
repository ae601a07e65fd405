package io.leadflow.handoff.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CrmController.class)
@Import(CrmControllerTest.Settings.class)
@TestPropertySource(
        properties = {
            "leadflow.security.signed-paths=/api/v1/crm/hubspot/deals,/api/v1/crm/salesforce/opportunities",
            "leadflow.crm.salesforce.secret=salesforce-relay-secret",
            "leadflow.crm.hubspot.client-secret=hubspot-app-secret",
            "leadflow.crm.hubspot.webhook-url=https://leadflow.example.com/api/v1/crm/hubspot/deals"
        })
class CrmControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final String URL = "https://leadflow.example.com/api/v1/crm/hubspot/deals";
    private static final String BODY = """
            [{"eventId": 3816279340, "subscriptionType": "deal.propertyChange", "objectId": 1246965,
              "propertyName": "dealstage", "propertyValue": "closedwon", "occurredAt": 1793610000000,
              "properties": {"email": {"value": "jo@acme.example"}, "amount": "7000", "deal_currency_code": "EUR"}},
             {"eventId": 3816279341, "subscriptionType": "contact.creation", "objectId": 5}]""";

    @TestConfiguration
    @EnableConfigurationProperties(CrmProperties.class)
    static class Settings {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RecordCrmDealUseCase recordDeal;

    @MockitoBean
    private FindCrmDealsQuery findDeals;

    private static String signature(String secret, String body, long timestamp) {
        return Base64.getEncoder().encodeToString(HubSpotSignature.sign(secret, "POST" + URL + body + timestamp));
    }

    private static CrmDealView applied() {
        return new CrmDealView(
                1,
                "hubspot",
                "1246965",
                "closedwon",
                null,
                "jo@acme.example",
                new BigDecimal("7000"),
                "EUR",
                NOW,
                "applied",
                null,
                null,
                NOW);
    }

    @Test
    void a_signed_hubspot_stage_change_needs_no_caller_token_and_becomes_one_deal_update() throws Exception {
        given(recordDeal.recordCrmDeal(any())).willReturn(applied());
        long timestamp = NOW.minusSeconds(30).toEpochMilli();

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("hubspot-app-secret", BODY, timestamp))
                        .content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("applied"));

        ArgumentCaptor<RecordCrmDealCommand> command = ArgumentCaptor.forClass(RecordCrmDealCommand.class);
        verify(recordDeal).recordCrmDeal(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue())
                .isEqualTo(new RecordCrmDealCommand(
                        io.leadflow.handoff.domain.CrmSource.HUBSPOT,
                        "3816279340",
                        "1246965",
                        "closedwon",
                        null,
                        "jo@acme.example",
                        new BigDecimal("7000"),
                        "EUR"));
    }

    @Test
    void a_signature_made_with_another_secret_is_a_401_and_reads_nothing() throws Exception {
        long timestamp = NOW.toEpochMilli();

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("guessed", BODY, timestamp))
                        .content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.header").value(HubSpotSignature.SIGNATURE));
        verifyNoInteractions(recordDeal);
    }

    @Test
    void a_correctly_signed_request_older_than_five_minutes_is_refused_as_a_replay() throws Exception {
        long timestamp = NOW.minusSeconds(301).toEpochMilli();

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("hubspot-app-secret", BODY, timestamp))
                        .content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("older than 5 minutes")));
        verifyNoInteractions(recordDeal);
    }

    @Test
    void a_tampered_body_does_not_match_its_signature() throws Exception {
        long timestamp = NOW.toEpochMilli();

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("hubspot-app-secret", BODY, timestamp))
                        .content(BODY.replace("7000", "7000000")))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(recordDeal);
    }

    @Test
    void a_signed_body_that_is_not_an_event_array_is_a_400() throws Exception {
        long timestamp = NOW.toEpochMilli();
        String body = "{\"not\": \"an array\"}";

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("hubspot-app-secret", body, timestamp))
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void the_list_of_deal_updates_still_needs_a_caller_token() throws Exception {
        mvc.perform(get("/api/v1/crm/deals").param("status", "unmatched")).andExpect(status().isUnauthorized());

        given(findDeals.findCrmDeals(any(), any())).willReturn(List.of(applied()));
        mvc.perform(get("/api/v1/crm/deals")
                        .param("status", "unmatched")
                        .header(GatewayTokens.HEADER, GatewayTokens.of("it@seller.example", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dealId").value("1246965"));
    }

    private static final String OPPORTUNITY_CHANGE = """
            {"data": {"schema": "IeRuaY6cbI_HsV8Rv1Mc5g",
              "payload": {"ChangeEventHeader": {"entityName": "Opportunity", "recordIds": ["0065g00000XyZabAAB"],
                                                "changeType": "UPDATE", "changedFields": ["StageName", "Amount"]},
                          "StageName": "Closed Won", "Amount": 48000.5, "CurrencyIsoCode": "USD",
                          "LeadFlow_Lead_Id__c": "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c"},
              "event": {"replayId": 8571}},
             "channel": "/data/OpportunityChangeEvent"}""";

    private org.springframework.test.web.servlet.ResultActions salesforce(String secret, long timestamp, String body)
            throws Exception {
        String header = new io.leadflow.support.webhook.WebhookSigner(secret).sign("msg_8571", timestamp, body);
        return mvc.perform(post(CrmController.SALESFORCE_PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .header("webhook-id", "msg_8571")
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", header)
                .content(body));
    }

    @Test
    void a_signed_salesforce_opportunity_change_becomes_a_deal_update_of_the_lead_it_names() throws Exception {
        given(recordDeal.recordCrmDeal(any())).willReturn(applied());

        salesforce("salesforce-relay-secret", NOW.getEpochSecond(), OPPORTUNITY_CHANGE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));

        ArgumentCaptor<RecordCrmDealCommand> command = ArgumentCaptor.forClass(RecordCrmDealCommand.class);
        verify(recordDeal).recordCrmDeal(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue())
                .isEqualTo(new RecordCrmDealCommand(
                        io.leadflow.handoff.domain.CrmSource.SALESFORCE,
                        "msg_8571",
                        "0065g00000XyZabAAB",
                        "Closed Won",
                        "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c",
                        null,
                        new BigDecimal("48000.5"),
                        "USD"));
    }

    @Test
    void a_salesforce_change_signed_with_another_secret_or_too_old_is_a_401() throws Exception {
        salesforce("someone-else", NOW.getEpochSecond(), OPPORTUNITY_CHANGE).andExpect(status().isUnauthorized());
        salesforce("salesforce-relay-secret", NOW.getEpochSecond() - 301, OPPORTUNITY_CHANGE)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.header").value("webhook-signature"));
        verifyNoInteractions(recordDeal);
    }

    @Test
    void a_salesforce_change_of_the_amount_alone_becomes_a_deal_update_without_a_stage() throws Exception {
        given(recordDeal.recordCrmDeal(any())).willReturn(applied());
        String amountOnly = OPPORTUNITY_CHANGE
                .replace("\"StageName\": \"Closed Won\", ", "")
                .replace("[\"StageName\", \"Amount\"]", "[\"Amount\"]")
                .replace("48000.5", "51000");

        salesforce("salesforce-relay-secret", NOW.getEpochSecond(), amountOnly)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));

        ArgumentCaptor<RecordCrmDealCommand> command = ArgumentCaptor.forClass(RecordCrmDealCommand.class);
        verify(recordDeal).recordCrmDeal(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue().stage()).isNull();
        org.assertj.core.api.Assertions.assertThat(command.getValue().amount()).isEqualByComparingTo("51000");
    }

    @Test
    void a_salesforce_change_that_touches_neither_stage_nor_amount_is_skipped() throws Exception {
        String closeDate = OPPORTUNITY_CHANGE
                .replace("\"StageName\": \"Closed Won\", \"Amount\": 48000.5, ", "\"CloseDate\": \"2026-12-01\", ")
                .replace("[\"StageName\", \"Amount\"]", "[\"CloseDate\"]");

        salesforce("salesforce-relay-secret", NOW.getEpochSecond(), closeDate)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        verifyNoInteractions(recordDeal);
    }

    @Test
    void a_signed_hubspot_amount_change_becomes_a_deal_update_with_the_new_amount_and_no_stage() throws Exception {
        given(recordDeal.recordCrmDeal(any())).willReturn(applied());
        String body = """
                [{"eventId": 3816279399, "subscriptionType": "deal.propertyChange", "objectId": 1246965,
                  "propertyName": "amount", "propertyValue": "7250.75", "occurredAt": 1793610000000,
                  "properties": {"leadflow_lead_id": "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c"}}]""";
        long timestamp = NOW.minusSeconds(30).toEpochMilli();

        mvc.perform(post(CrmController.HUBSPOT_PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HubSpotSignature.TIMESTAMP, String.valueOf(timestamp))
                        .header(HubSpotSignature.SIGNATURE, signature("hubspot-app-secret", body, timestamp))
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));

        ArgumentCaptor<RecordCrmDealCommand> command = ArgumentCaptor.forClass(RecordCrmDealCommand.class);
        verify(recordDeal).recordCrmDeal(command.capture());
        org.assertj.core.api.Assertions.assertThat(command.getValue())
                .isEqualTo(new RecordCrmDealCommand(
                        io.leadflow.handoff.domain.CrmSource.HUBSPOT,
                        "3816279399",
                        "1246965",
                        null,
                        "0b6f1b1e-5d8c-4c55-9f3e-6f1b1e5d8c4c",
                        null,
                        new BigDecimal("7250.75"),
                        null));
    }
}
