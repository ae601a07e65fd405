package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Salesforce Opportunity change as Change Data Capture delivers it (the streaming envelope
 * {@code {"data": {"payload": ..., "event": {"replayId": ...}}}} or the bare payload): the {@code ChangeEventHeader}
 * names the Opportunity ({@code entityName}, {@code recordIds[0]}), and the payload its {@code StageName},
 * {@code Amount}, {@code CurrencyIsoCode} and the custom fields {@code LeadFlow_Lead_Id__c} and
 * {@code Contact_Email__c}. A change of the amount alone ({@code Amount} in the header's {@code changedFields}, or in
 * a payload without {@code StageName}) is a deal update without a stage; a change that touches neither, or of another
 * object, is skipped (empty).
 */
final class SalesforceDeals {

    private SalesforceDeals() {}

    static Optional<RecordCrmDealCommand> read(JsonMapper json, String body, String deliveryKey) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidValueException("body", "body.json", "the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("body", "body.object", "a change event is a JSON object");
        }
        JsonNode payload = root.path("data").path("payload");
        if (payload.isMissingNode()) {
            payload = root.path("payload").isObject() ? root.path("payload") : root;
        }
        JsonNode header = payload.path("ChangeEventHeader");
        if (!header.isObject()) {
            throw new InvalidValueException(
                    "ChangeEventHeader", "ChangeEventHeader.required", "a change event has its ChangeEventHeader");
        }
        String entity = text(header.get("entityName"));
        String stage = text(payload.get("StageName"));
        boolean amountChanged = header.path("changedFields").valueStream().anyMatch(f -> "Amount".equals(f.asString()))
                || stage == null && payload.has("Amount");
        if (!"Opportunity".equals(entity) || stage == null && !amountChanged) {
            return Optional.empty();
        }
        JsonNode ids = header.path("recordIds");
        String dealId = ids.isArray() && !ids.isEmpty() ? text(ids.get(0)) : null;
        if (dealId == null) {
            throw new InvalidValueException("recordIds", "recordIds.required", "a change names its Opportunity");
        }
        JsonNode amount = payload.get("Amount");
        return Optional.of(new RecordCrmDealCommand(
                CrmSource.SALESFORCE,
                deliveryKey,
                dealId,
                stage,
                text(payload.get("LeadFlow_Lead_Id__c")),
                text(payload.get("Contact_Email__c")),
                amount == null || amount.isNull() ? null : number(amount),
                text(payload.get("CurrencyIsoCode"))));
    }

    private static BigDecimal number(JsonNode amount) {
        try {
            return amount.isNumber()
                    ? amount.decimalValue()
                    : new BigDecimal(amount.asString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Amount", "Amount.format", "the Opportunity's Amount is not a number");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.asString();
        return text == null || text.isBlank() ? null : text;
    }
}
