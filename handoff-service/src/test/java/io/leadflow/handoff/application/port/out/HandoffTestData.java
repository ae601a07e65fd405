package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Builders of the domain objects the port contracts store; times are whole seconds, as every store keeps them. */
public final class HandoffTestData {

    public static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private HandoffTestData() {}

    public static SalesRep aRep(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return new SalesRep(
                RepId.newId(),
                name,
                EmailAddress.of(lower + "@seller.example"),
                WebhookUrl.parse("https://crm.example.com/" + lower),
                true,
                null,
                T0);
    }

    public static Team aTeam(String name) {
        BusinessCalendar calendar = BusinessCalendar.weekdays(
                        ZoneId.of("Europe/Berlin"), new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 30)))
                .withHolidays(Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-24")));
        return new Team(
                TeamId.newId(),
                name,
                EmailAddress.of("manager@seller.example"),
                calendar,
                WebhookUrl.parse("https://hooks.slack.example/" + name.toLowerCase(Locale.ROOT)));
    }

    public static Qualification aQualification(LeadId lead, Instant at) {
        return new Qualification(
                UUID.randomUUID(),
                lead,
                82,
                true,
                List.of("demo requested", "pricing page"),
                at,
                "corr-" + lead,
                "enterprise",
                "email",
                "webinar",
                "spring-launch",
                "A",
                List.of(new WinLikelihood(
                        "win-rate",
                        3,
                        72,
                        List.of("Demo requested 1 time: +0.93", "Pricing page visited 3 times: +0.18"))));
    }

    /** A hand-off of a new lead that waits for a rep, opened at {@code at}. */
    public static Handoff anUnassignedHandoff(LeadId lead, Instant at) {
        return Handoff.open(HandoffId.newId(), aQualification(lead, at), null, Route.NONE, at);
    }
}
