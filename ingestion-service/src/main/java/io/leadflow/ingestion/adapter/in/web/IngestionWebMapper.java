package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ContactView;
import io.leadflow.ingestion.application.port.in.RecordEngagementCommand;
import io.leadflow.ingestion.application.port.in.RecordedEngagement;
import io.leadflow.ingestion.application.port.in.TextFields;
import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ProfileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Ingestion's web bodies to commands and its views to response bodies. Codes and times arrive as text and are
 * parsed here, so that a bad value is answered with its exact field and rule; the command's own rules refuse the rest.
 */
@Mapper
interface IngestionWebMapper {

    /**
     * @param fallbackEventId the event id to use when the body has none (derived from an idempotency key), or null
     */
    default RecordEngagementCommand toCommand(
            EngagementRequest body, String correlationId, UUID fallbackEventId, String sourceApi) {
        if (body == null) {
            throw new InvalidValueException("body", "body.required", "a JSON body is required");
        }
        return engagement(body, correlationId, fallbackEventId, sourceApi);
    }

    @Mapping(target = "eventId", source = "body.eventId", qualifiedByName = "eventId")
    @Mapping(target = "occurredAt", source = "body.occurredAt", qualifiedByName = "occurredAt")
    @Mapping(target = "email", source = "body.email", qualifiedByName = "email")
    @Mapping(target = "identities", source = "body.anonymousId", qualifiedByName = "anonymousIds")
    @Mapping(target = "channel", source = "body.channel", qualifiedByName = "channel")
    @Mapping(target = "properties", source = "body.properties", qualifiedByName = "properties")
    @Mapping(target = "consent", source = "body.consent", qualifiedByName = "eventConsent")
    @Mapping(target = "apiKeyId", ignore = true)
    RecordEngagementCommand engagement(
            EngagementRequest body, String correlationId, @Context UUID fallbackEventId, String sourceApi);

    EngagementAcceptedResponse toResponse(RecordedEngagement recorded);

    /** The profile in the shape of the request: company, consent flags and custom attributes regrouped. */
    default ContactResponse toResponse(ContactView view) {
        Map<String, String> a = view.attributes();
        return toResponse(view, a, company(a), prefixed(a, "consent."), prefixed(a, "custom."));
    }

    @Mapping(target = "leadId", source = "view.leadId")
    @Mapping(target = "email", source = "view.email")
    @Mapping(target = "firstName", source = "attributes.firstName")
    @Mapping(target = "lastName", source = "attributes.lastName")
    @Mapping(target = "jobTitle", source = "attributes.jobTitle")
    @Mapping(target = "seniority", source = "attributes.seniority")
    @Mapping(target = "department", source = "attributes.department")
    @Mapping(target = "phone", source = "attributes.phone")
    @Mapping(target = "country", source = "attributes.country")
    @Mapping(target = "freeMail", source = "attributes.freeMail")
    @Mapping(target = "consent", expression = "java(consent(consent))")
    ContactResponse toResponse(
            ContactView view,
            Map<String, String> attributes,
            ContactResponse.Company company,
            Map<String, String> consent,
            Map<String, String> custom);

    /** The body's event id, or else the one derived from the caller's idempotency key (or null). */
    @Named("eventId")
    default UUID eventId(String text, @Context UUID fallback) {
        UUID eventId = TextFields.uuid(text, "eventId");
        return eventId != null ? eventId : fallback;
    }

    /** The time the sender gave, or null: the engagement then happened when it was received. */
    @Named("occurredAt")
    default Instant occurredAt(String text) {
        return TextFields.instant(text, "occurredAt");
    }

    @Named("email")
    default EmailAddress email(String text) {
        return text == null || text.isBlank() ? null : EmailAddress.of(text.strip());
    }

    @Named("anonymousIds")
    default List<String> anonymousIds(String anonymousId) {
        return anonymousId == null || anonymousId.isBlank()
                ? List.of()
                : List.of(RecordEngagementCommand.anonymous(anonymousId.strip()));
    }

    @Named("channel")
    default Channel channel(String text) {
        return Channel.parse(text);
    }

    @Named("properties")
    default Map<String, String> properties(Map<String, Object> raw) {
        return ScalarProperties.flat(raw, "properties");
    }

    /**
     * An event's {@code consent}: {@code marketing} (or its synonym {@code email}) and {@code profiling}, each true or
     * false; any other name or value is refused with its field.
     */
    @Named("eventConsent")
    default ConsentSignal eventConsent(Map<String, Object> raw) {
        if (raw == null) {
            return null;
        }
        Boolean marketing = null;
        Boolean profiling = null;
        for (Map.Entry<String, Object> flag : raw.entrySet()) {
            String field = "consent." + flag.getKey();
            if (flag.getValue() != null && !(flag.getValue() instanceof Boolean)) {
                throw new InvalidValueException(field, "consent.boolean", field + " is true or false");
            }
            Boolean value = (Boolean) flag.getValue();
            switch (flag.getKey()) {
                case "marketing", "email" ->
                    marketing = value == null || marketing == null ? firstOf(value, marketing) : marketing && value;
                case "profiling" -> profiling = firstOf(value, profiling);
                default ->
                    throw new InvalidValueException(
                            field, "consent.unknown", "an event's consent names marketing, email or profiling");
            }
        }
        return ConsentSignal.of(marketing, profiling);
    }

    private static Boolean firstOf(Boolean a, Boolean b) {
        return a != null ? a : b;
    }

    default String text(UUID id) {
        return id == null ? null : id.toString();
    }

    default String text(LeadId id) {
        return id == null ? null : id.toString();
    }

    default ContactResponse.Company company(Map<String, String> a) {
        String employees = a.get(ProfileAttributes.COMPANY_EMPLOYEES);
        return new ContactResponse.Company(
                a.get(ProfileAttributes.COMPANY_NAME),
                a.get(ProfileAttributes.COMPANY_DOMAIN),
                employees == null ? null : Long.valueOf(employees),
                a.get(ProfileAttributes.COMPANY_INDUSTRY),
                a.get(ProfileAttributes.COMPANY_REVENUE));
    }

    default Map<String, Boolean> consent(Map<String, String> flags) {
        Map<String, Boolean> consent = new TreeMap<>();
        flags.forEach((name, value) -> consent.put(name, Boolean.valueOf(value)));
        return consent;
    }

    /** The attributes whose names start with {@code prefix}, without it, by name. */
    private static Map<String, String> prefixed(Map<String, String> attributes, String prefix) {
        Map<String, String> found = new TreeMap<>();
        attributes.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
