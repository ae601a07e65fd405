package io.leadflow.handoff.adapter.in.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CRM adapters ({@code leadflow.crm.*}). Secrets come from the environment only
 * ({@code LEADFLOW_CRM_HUBSPOT_CLIENT_SECRET}, {@code LEADFLOW_CRM_SALESFORCE_SECRET}); an adapter without its secret refuses every request. {@code stages}
 * maps each CRM deal stage (its internal name) to {@code outcome} opened, won or lost, and for lost a
 * {@code lost-reason}.
 *
 * @param hubspot HubSpot's deal webhooks: the app's client secret, the exact public URL HubSpot calls (part of what
 *     it signs), how old a request's timestamp may be, and the stage mapping
 * @param retryPendingEvery how often unmatched deal updates are tried again
 */
@ConfigurationProperties("leadflow.crm")
public record CrmProperties(
        Hubspot hubspot,
        Salesforce salesforce,
        @DefaultValue("1m") Duration retryPendingEvery) {

    public CrmProperties {
        hubspot = hubspot == null ? new Hubspot(null, null, Duration.ofMinutes(5), Map.of()) : hubspot;
        salesforce = salesforce == null ? new Salesforce(null, Duration.ofMinutes(5), Map.of()) : salesforce;
    }

    /**
     * Salesforce Opportunity changes, relayed signed the Standard Webhooks way with a shared secret
     * ({@code LEADFLOW_CRM_SALESFORCE_SECRET}), the stage mapping keyed by Salesforce's stage names.
     */
    public record Salesforce(
            String secret, @DefaultValue("5m") Duration maxAge, Map<String, Stage> stages) {

        public Salesforce {
            stages = stages == null ? Map.of() : Map.copyOf(stages);
            maxAge = maxAge == null ? Duration.ofMinutes(5) : maxAge;
        }
    }

    public record Hubspot(
            String clientSecret,
            String webhookUrl,
            @DefaultValue("5m") Duration maxAge,
            Map<String, Stage> stages) {

        public Hubspot {
            stages = stages == null ? Map.of() : Map.copyOf(stages);
            maxAge = maxAge == null ? Duration.ofMinutes(5) : maxAge;
        }
    }

    public record Stage(String outcome, String lostReason) {}
}
