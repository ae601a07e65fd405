package io.leadflow.handoff.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sales rep who can receive hand-offs: their team, chat handle (Slack mentions), the segments and territories
 * (countries) they cover, how many open hand-offs they can hold (capacity), their share of the team's leads (weight),
 * and their own working hours in their time zone (null: none of their own, they work when their team does). Routing
 * prefers reps inside their hours and their SLA clocks run only when both they and their team work.
 * {@code lastAssignedAt} and {@code assignedCount} are what the weighted round-robin is fair by. An away rep
 * ({@code available} false) gets no new hand-offs; the ones not yet accepted move on as at a missed deadline.
 */
public record SalesRep(
        RepId id,
        String name,
        EmailAddress email,
        WebhookUrl webhookUrl,
        boolean available,
        Instant lastAssignedAt,
        Instant registeredAt,
        TeamId teamId,
        String chatHandle,
        Set<String> segments,
        Set<String> territories,
        int capacity,
        int weight,
        ZoneId timeZone,
        WorkingHours workingHours,
        long assignedCount) {

    static final int MAX_NAME = 200;
    public static final int DEFAULT_CAPACITY = 50;
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_WEIGHT = 100;
    public static final WorkingHours DEFAULT_HOURS = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    public SalesRep {
        if (id == null || email == null || registeredAt == null) {
            throw new IllegalArgumentException("a rep needs an id, an e-mail and a registration time");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a rep's name is required");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidValueException(
                    "name", "name.length", "a rep's name is at most " + MAX_NAME + " characters");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidValueException(
                    "capacity", "capacity.range", "capacity is between 1 and " + MAX_CAPACITY + " open hand-offs");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidValueException("weight", "weight.range", "weight is between 1 and " + MAX_WEIGHT);
        }
        if (chatHandle != null && (chatHandle.isBlank() || chatHandle.length() > 100)) {
            throw new InvalidValueException("chatHandle", "chatHandle.length", "a chat handle is 1 to 100 characters");
        }
        segments = normal(segments);
        territories = normal(territories);
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
    }

    /** A rep of the walking skeleton's shape: no team, default capacity, weight 1, no working hours of their own. */
    public SalesRep(
            RepId id,
            String name,
            EmailAddress email,
            WebhookUrl webhookUrl,
            boolean available,
            Instant lastAssignedAt,
            Instant registeredAt) {
        this(
                id,
                name,
                email,
                webhookUrl,
                available,
                lastAssignedAt,
                registeredAt,
                null,
                null,
                Set.of(),
                Set.of(),
                DEFAULT_CAPACITY,
                1,
                ZoneOffset.UTC,
                null,
                0);
    }

    private static Set<String> normal(Set<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .map(LeadAttributes::normal)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet());
    }

    public static SalesRep register(
            String name, EmailAddress email, WebhookUrl webhookUrl, boolean available, Instant now) {
        return new SalesRep(RepId.newId(), name, email, webhookUrl, available, null, now);
    }

    /** Whether the rep covers the lead's segment and territory (a rep who lists none covers all). */
    public boolean covers(LeadAttributes lead) {
        return (segments.isEmpty() || (lead.segment() != null && segments.contains(lead.segment())))
                && (territories.isEmpty() || (lead.country() != null && territories.contains(lead.country())));
    }

    /** The rep's own hours, every day in their time zone; empty when they have none of their own. */
    public Optional<BusinessCalendar> ownHours() {
        return Optional.ofNullable(workingHours).map(hours -> BusinessCalendar.everyDay(timeZone, hours));
    }

    /** Whether the rep is inside their own working hours at {@code at} (always, without hours of their own). */
    public boolean worksAt(Instant at) {
        return ownHours().map(hours -> hours.isWorking(at)).orElse(true);
    }

    /** The same rep after being given a lead at {@code at}. */
    public SalesRep assignedAt(Instant at) {
        return new SalesRep(
                id,
                name,
                email,
                webhookUrl,
                available,
                at,
                registeredAt,
                teamId,
                chatHandle,
                segments,
                territories,
                capacity,
                weight,
                timeZone,
                workingHours,
                assignedCount + 1);
    }

    /** The same rep with their organisational data replaced (the fairness counters stay). */
    public SalesRep withDetails(
            String newName,
            WebhookUrl newWebhook,
            boolean nowAvailable,
            TeamId team,
            String handle,
            Set<String> newSegments,
            Set<String> newTerritories,
            int newCapacity,
            int newWeight,
            ZoneId zone,
            WorkingHours hours) {
        return new SalesRep(
                id,
                newName,
                email,
                newWebhook,
                nowAvailable,
                lastAssignedAt,
                registeredAt,
                team,
                handle,
                newSegments,
                newTerritories,
                newCapacity,
                newWeight,
                zone,
                hours,
                assignedCount);
    }
}
