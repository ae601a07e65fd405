package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.domain.CrmSource;
import io.leadflow.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads HubSpot's webhook body: an array of events. A deal's stage change ({@code subscriptionType}
 * {@code deal.propertyChange}, {@code propertyName} dealstage, the stage in {@code propertyValue}, the deal in
 * {@code objectId}, the delivery in {@code eventId}) becomes one deal update; so does a change of its amount
 * ({@code propertyName} amount, the new amount in {@code propertyValue}), without a stage. HubSpot's event carries neither the
 * contact nor the amount: they are read from the event's {@code properties} (plain values, or HubSpot's
 * {@code {"value": ...}} objects) as a HubSpot workflow's webhook sends them: {@code leadflow_lead_id}, {@code email},
 * {@code amount}, {@code deal_currency_code}. Other events are skipped.
 */
final class HubSpotDeals {

    private static final int MAX_EVENTS = 100;

    private HubSpotDeals() {}

    static List<RecordCrmDealCommand> read(JsonMapper json, String body) {
        JsonNode events;
        try {
            events = json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidValueException("body", "body.json", "the body is not JSON");
        }
        if (events == null || !events.isArray()) {
            throw new InvalidValueException("body", "body.array", "HubSpot sends an array of events");
        }
        if (events.size() > MAX_EVENTS) {
            throw new InvalidValueException("body", "body.size", "at most " + MAX_EVENTS + " events at once");
        }
        List<RecordCrmDealCommand> commands = new ArrayList<>();
        for (JsonNode event : events) {
            String changed = text(event.get("propertyName"));
            boolean stageChange = "dealstage".equals(changed);
            boolean amountChange = "amount".equals(changed);
            if (!stageChange && !amountChange) {
                continue;
            }
            JsonNode properties = event.get("properties");
            commands.add(new RecordCrmDealCommand(
                    CrmSource.HUBSPOT,
                    required(event, "eventId"),
                    required(event, "objectId"),
                    stageChange ? text(event.get("propertyValue")) : null,
                    property(properties, "leadflow_lead_id"),
                    property(properties, "email"),
                    amount(amountChange ? text(event.get("propertyValue")) : property(properties, "amount")),
                    property(properties, "deal_currency_code")));
        }
        return commands;
    }

    private static String required(JsonNode event, String field) {
        String value = text(event.get(field));
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + ".required", "each deal event has its " + field);
        }
        return value;
    }

    private static String property(JsonNode properties, String name) {
        if (properties == null || !properties.isObject()) {
            return null;
        }
        JsonNode value = properties.get(name);
        if (value != null && value.isObject()) {
            value = value.get("value");
        }
        String text = text(value);
        return text == null || text.isBlank() ? null : text;
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "amount.format", "the deal's amount is not a number");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainer() ? null : node.asString();
    }
}
