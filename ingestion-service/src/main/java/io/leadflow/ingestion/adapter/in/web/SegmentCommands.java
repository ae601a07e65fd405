package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.UpsertContactCommand;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.event.ProfileAttributes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Segment messages onto our commands; docs/segment-mapping.md is the table a user reads. */
final class SegmentCommands {

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,90}");
    private static final Set<String> MAPPED_TRAITS = Set.of(
            "email",
            "firstName",
            "first_name",
            "lastName",
            "last_name",
            "name",
            "title",
            "phone",
            "address",
            "company",
            "seniority",
            "department",
            "industry",
            "employees",
            "country");
    private static final int MAX_FLAT = RecordEngagementCommand.MAX_PROPERTIES;

    private SegmentCommands() {}

    /** track: the event name is the engagement type ("Demo Requested" is demo_requested), or a custom type. */
    static RecordEngagementCommand track(SegmentMessage m, String correlationId) {
        String event = SegmentMessage.text(m.json(), "event");
        if (event == null) {
            throw new InvalidValueException("event", "event.required", "a track call names its event");
        }
        return engagement(m, event, channel(m, Channel.OTHER), properties(m.node("properties")), correlationId);
    }

    /** page and screen: a website visit, or a pricing page visit when the page is about pricing. */
    static RecordEngagementCommand page(SegmentMessage m, String correlationId) {
        Map<String, String> properties = properties(m.node("properties"));
        String name = SegmentMessage.text(m.json(), "name");
        if (name != null) {
            properties.putIfAbsent("name", name);
        }
        String where = String.join(
                        " ",
                        properties.getOrDefault("name", ""),
                        properties.getOrDefault("path", ""),
                        properties.getOrDefault("url", ""))
                .toLowerCase(Locale.ROOT);
        String type = where.contains("pricing") ? "pricing_page_visited" : "website_visited";
        return engagement(m, type, channel(m, Channel.WEBSITE), properties, correlationId);
    }

    /** identify: traits onto the profile, userId and anonymousId linked to the person. Needs an e-mail. */
    static UpsertContactCommand identify(SegmentMessage m, String correlationId) {
        requireEmail(m);
        JsonNode traits = m.node("traits");
        Map<String, String> changes = new LinkedHashMap<>();
        put(changes, ProfileAttributes.FIRST_NAME, first(traits, "firstName", "first_name"));
        put(changes, ProfileAttributes.LAST_NAME, first(traits, "lastName", "last_name"));
        String name = SegmentMessage.text(traits, "name");
        if (name != null && !changes.containsKey(ProfileAttributes.FIRST_NAME)) {
            int space = name.indexOf(' ');
            put(changes, ProfileAttributes.FIRST_NAME, space < 0 ? name : name.substring(0, space));
            put(
                    changes,
                    ProfileAttributes.LAST_NAME,
                    space < 0 ? null : name.substring(space + 1).strip());
        }
        put(changes, ProfileAttributes.JOB_TITLE, SegmentMessage.text(traits, "title"));
        put(changes, ProfileAttributes.PHONE, SegmentMessage.text(traits, "phone"));
        put(changes, ProfileAttributes.SENIORITY, SegmentMessage.text(traits, "seniority"));
        put(changes, ProfileAttributes.DEPARTMENT, SegmentMessage.text(traits, "department"));
        put(changes, ProfileAttributes.COUNTRY, first(traits.path("address"), "country"));
        if (!changes.containsKey(ProfileAttributes.COUNTRY)) {
            put(changes, ProfileAttributes.COUNTRY, SegmentMessage.text(traits, "country"));
        }
        JsonNode company = traits.path("company");
        if (company.isObject()) {
            company(changes, company);
        } else {
            put(changes, ProfileAttributes.COMPANY_NAME, SegmentMessage.text(traits, "company"));
        }
        for (Map.Entry<String, JsonNode> trait : traits.properties()) {
            if (!MAPPED_TRAITS.contains(trait.getKey())
                    && trait.getValue().isValueNode()
                    && !trait.getValue().isNull()
                    && ATTRIBUTE.matcher(trait.getKey()).matches()
                    && changes.size() < UpsertContactCommand.MAX_ATTRIBUTES) {
                changes.put("custom." + trait.getKey(), trait.getValue().asString());
            }
        }
        changes.putAll(SegmentConsent.flags(m.node("context").path("consent")));
        return new UpsertContactCommand(m.email(), changes, m.identities(), correlationId, "segment");
    }

    /** group: the group's traits are the company of the user. Needs an e-mail. */
    static UpsertContactCommand group(SegmentMessage m, String correlationId) {
        requireEmail(m);
        Map<String, String> changes = new LinkedHashMap<>();
        company(changes, m.node("traits"));
        return new UpsertContactCommand(m.email(), changes, m.identities(), correlationId, "segment");
    }

    private static void company(Map<String, String> changes, JsonNode company) {
        put(changes, ProfileAttributes.COMPANY_NAME, SegmentMessage.text(company, "name"));
        put(changes, ProfileAttributes.COMPANY_INDUSTRY, SegmentMessage.text(company, "industry"));
        put(changes, ProfileAttributes.COMPANY_EMPLOYEES, first(company, "employees", "employee_count"));
        put(changes, ProfileAttributes.COMPANY_DOMAIN, first(company, "domain", "website"));
        put(changes, ProfileAttributes.COMPANY_REVENUE, first(company, "annualRevenue", "annual_revenue"));
    }

    private static RecordEngagementCommand engagement(
            SegmentMessage m, String type, Channel channel, Map<String, String> properties, String correlationId) {
        JsonNode campaign = m.node("context").path("campaign");
        String source = SegmentMessage.text(campaign, "source");
        properties.remove("channel");
        return new RecordEngagementCommand(
                m.eventId(),
                type,
                m.occurredAt(),
                m.email(),
                m.identities(),
                channel,
                source != null ? source : "segment",
                SegmentMessage.text(campaign, "name"),
                properties,
                correlationId,
                "segment",
                null,
                SegmentConsent.signal(m.node("context").path("consent")));
    }

    private static Channel channel(SegmentMessage m, Channel fallback) {
        String explicit = SegmentMessage.text(m.node("properties"), "channel");
        if (explicit != null) {
            return Channel.parse(explicit);
        }
        String medium = SegmentMessage.text(m.node("context").path("campaign"), "medium");
        if (medium == null) {
            return fallback;
        }
        return switch (medium.toLowerCase(Locale.ROOT)) {
            case "email", "e-mail", "newsletter" -> Channel.EMAIL;
            case "cpc", "ppc", "paid", "paid_search", "paidsearch" -> Channel.PAID_SEARCH;
            case "social", "social_media", "paid_social" -> Channel.SOCIAL;
            case "webinar" -> Channel.WEBINAR;
            default -> fallback;
        };
    }

    /** Scalar properties as text; nested objects flattened with dots ({@code product.sku}); arrays skipped. */
    static Map<String, String> properties(JsonNode node) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, flat);
            } else if (value.isValueNode() && !value.isNull()) {
                if (flat.size() == MAX_FLAT) {
                    throw new InvalidValueException(
                            "properties", "properties.size", "at most " + MAX_FLAT + " properties per event");
                }
                flat.put(key, value.asString());
            }
        }
    }

    private static void requireEmail(SegmentMessage m) {
        if (m.email() == null) {
            throw new InvalidValueException(
                    "traits.email",
                    "email.required",
                    "LeadFlow knows people by e-mail: send traits.email, or an e-mail address as userId");
        }
    }

    private static String first(JsonNode node, String... names) {
        for (String name : names) {
            String text = SegmentMessage.text(node, name);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static void put(Map<String, String> changes, String name, String value) {
        if (value != null) {
            changes.put(name, value);
        }
    }
}
