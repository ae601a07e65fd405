package io.leadflow.deploy.traffic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What HubSpot sends when a deal's stage changes: a batch of {@code deal.propertyChange} events to the webhook URL
 * registered in the HubSpot app, signed with the app's client secret ({@code X-HubSpot-Signature-v3}: HMAC-SHA256 of
 * method, URL, body and timestamp, in base64).
 */
public final class HubSpotWebhook {

    /** The public path of LeadFlow's HubSpot webhook. */
    public static final String PATH = "/api/v1/crm/hubspot/deals";

    private final SuiteClient anonymous;
    private final String webhookUrl;
    private final String clientSecret;

    /** Posts through {@code anonymous} (HubSpot holds no LeadFlow credentials), signing for {@code webhookUrl}. */
    public HubSpotWebhook(SuiteClient anonymous, String webhookUrl, String clientSecret) {
        this.anonymous = anonymous;
        this.webhookUrl = webhookUrl;
        this.clientSecret = clientSecret;
    }

    /** The deal of the contact with this e-mail moved to {@code stage} (HubSpot's internal stage name). */
    public SuiteClient.Answer stageChanged(long dealId, long eventId, String email, String stage, long amount) {
        String body = stageChange(dealId, eventId, email, stage, amount);
        return anonymous.post(PATH, body, headers(body, Instant.now()));
    }

    /** The body of that webhook: a batch of one deal-stage change, the deal in EUR. */
    public static String stageChange(long dealId, long eventId, String email, String stage, long amount) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("subscriptionId", 25);
        event.put("portalId", 33);
        event.put("appId", 1160452);
        event.put("occurredAt", Instant.now().toEpochMilli());
        event.put("subscriptionType", "deal.propertyChange");
        event.put("attemptNumber", 0);
        event.put("objectId", dealId);
        event.put("changeSource", "CRM");
        event.put("propertyName", "dealstage");
        event.put("propertyValue", stage);
        event.put(
                "properties",
                Map.of(
                        "email", Map.of("value", email),
                        "amount", Map.of("value", Long.toString(amount)),
                        "deal_currency_code", "EUR"));
        return SuiteClient.json(List.of(event));
    }

    /** HubSpot's v3 signature headers of a POST of {@code body} at {@code at}. */
    public Map<String, String> headers(String body, Instant at) {
        String timestamp = Long.toString(at.toEpochMilli());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String content = "POST" + webhookUrl + body + timestamp;
            String signature =
                    Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            return Map.of("X-HubSpot-Signature-v3", signature, "X-HubSpot-Request-Timestamp", timestamp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
