package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Named;

/**
 * The text the web receives as values of the domain, for the web mappers: each value that does not parse is refused
 * with the field it came in and a rule, as an RFC 9457 problem. Absent optional values stay null.
 */
final class WebValues {

    private static final int MAX_HOLIDAYS = 1000;

    private WebValues() {}

    static HandoffId handoffId(String text) {
        return new HandoffId(uuid(text, "id"));
    }

    static RepId repId(String text) {
        return new RepId(uuid(text, "id"));
    }

    @Named("pathTeamId")
    static TeamId pathTeamId(String text) {
        return new TeamId(uuid(text, "id"));
    }

    @Named("teamId")
    static TeamId teamId(String text) {
        return text == null ? null : new TeamId(uuid(text, "teamId"));
    }

    @Named("secondTierTeamId")
    static TeamId secondTierTeamId(String text) {
        return text == null ? null : new TeamId(uuid(text, "secondTierTeamId"));
    }

    static EmailAddress email(String text) {
        return EmailAddress.of(text);
    }

    static WebhookUrl webhookUrl(String text) {
        return text == null ? null : WebhookUrl.parse(text);
    }

    static RejectionReason reason(String text) {
        return RejectionReason.parse(text);
    }

    static Priority priority(String text) {
        return Priority.parse(text);
    }

    static WorkingHours workingHours(String text) {
        return text == null ? null : WorkingHours.parse(text);
    }

    static ZoneId zone(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "timeZone",
                    "timeZone.unknown",
                    "a time zone is an IANA name like Europe/Berlin, got '" + text + "'");
        }
    }

    @Named("acceptWithin")
    static Duration acceptWithin(String text) {
        return duration(text, "acceptWithin");
    }

    @Named("decideWithin")
    static Duration decideWithin(String text) {
        return duration(text, "decideWithin");
    }

    /** A whole number from a query parameter, or a 400 naming it. */
    static int number(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".format", field + " is a whole number");
        }
    }

    /** How long a rotated webhook secret keeps signing; absent: the default grace period. */
    static Duration gracePeriod(String text) {
        return text == null ? null : duration(text, "gracePeriod");
    }

    /** A team's calendar: its zone (UTC when absent), hours per weekday (Monday to Friday 09:00-17:00), holidays. */
    static BusinessCalendar calendar(TeamRequest body) {
        ZoneId zone = body.timeZone() == null ? ZoneId.of("UTC") : zone(body.timeZone());
        BusinessCalendar calendar;
        if (body.workingHours() == null || body.workingHours().isEmpty()) {
            calendar = BusinessCalendar.weekdays(zone, SalesRep.DEFAULT_HOURS);
        } else {
            Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
            body.workingHours().forEach((day, h) -> hours.put(day(day), WorkingHours.parse(h)));
            calendar = new BusinessCalendar(zone, hours, Set.of());
        }
        return calendar.withHolidays(holidays(body));
    }

    private static Set<LocalDate> holidays(TeamRequest body) {
        Set<LocalDate> holidays = new HashSet<>();
        if (body.holidays() == null) {
            return holidays;
        }
        if (body.holidays().size() > MAX_HOLIDAYS) {
            throw new InvalidValueException("holidays", "holidays.size", "at most 1000 holidays");
        }
        for (String day : body.holidays()) {
            try {
                holidays.add(LocalDate.parse(day));
            } catch (RuntimeException e) {
                throw new InvalidValueException(
                        "holidays", "holidays.format", "holidays are ISO dates like 2026-12-25, got '" + day + "'");
            }
        }
        return holidays;
    }

    private static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    "workingHours",
                    "workingHours.day",
                    "working hours are keyed by weekday (MONDAY..SUNDAY), got '" + text + "'");
        }
    }

    private static Duration duration(String text, String field) {
        try {
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidValueException(
                    field,
                    field + ".format",
                    field + " is an ISO-8601 duration like PT15M or PT8H, got '" + text + "'");
        }
    }

    static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidValueException(field, field + ".format", field + " is a UUID, got '" + text + "'");
        }
    }
}
