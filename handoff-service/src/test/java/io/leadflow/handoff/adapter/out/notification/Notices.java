package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.SlaClock;
import io.leadflow.handoff.domain.SlaPolicy;
import io.leadflow.handoff.domain.Team;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A hand-off notice of a Berlin team about Jane Doe of Acme, for the channel tests. */
final class Notices {

    static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    private Notices() {}

    static NotificationProperties properties(String... allowedHosts) {
        return new NotificationProperties(
                URI.create("https://leadflow.example.com"),
                List.of(allowedHosts),
                true,
                "leadflow@seller.example",
                java.time.Duration.ofSeconds(1),
                20,
                java.time.Duration.ofSeconds(5),
                java.time.Duration.ofMinutes(1));
    }

    static HandoffNotice notice(HandoffNotice.Kind kind, String slackUrl) {
        TeamId teamId = TeamId.newId();
        Team team = new Team(
                teamId,
                "DACH",
                EmailAddress.of("boss@seller.example"),
                BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"), SalesRep.DEFAULT_HOURS),
                slackUrl == null ? null : WebhookUrl.parse(slackUrl));
        SalesRep rep = new SalesRep(
                RepId.newId(),
                "Rita Rep",
                EmailAddress.of("rita@seller.example"),
                null,
                true,
                null,
                MONDAY,
                teamId,
                "@rita",
                Set.of(),
                Set.of(),
                10,
                1,
                ZoneOffset.UTC,
                SalesRep.DEFAULT_HOURS,
                0);
        LeadId lead = LeadId.newId();
        Qualification q = new Qualification(
                UUID.randomUUID(),
                lead,
                88,
                true,
                List.of("demo requested", "company size 200-500", "visited pricing 3 times", "opened 4 e-mails"),
                MONDAY,
                "corr",
                "enterprise",
                "CONTACT_FORM",
                "website",
                "q4-launch",
                "A",
                List.of(new WinLikelihood(
                        "win-rate",
                        3,
                        72,
                        List.of("Demo requested 1 time: +0.93", "Profile industry is <b>R&D</b>: +0.11"))));
        Handoff handoff = Handoff.open(
                HandoffId.newId(), q, new Assignment(rep, "rule:dach", teamId), new Route(teamId, 1, null), MONDAY);
        handoff = handoff.withSla(SlaClock.toAccept(SlaPolicy.defaults(q.priority()), team.calendar(), MONDAY, 1));
        LeadProfile profile = new LeadProfile(
                lead,
                "jane@acme.example",
                Map.of("firstName", "Jane", "lastName", "Doe", "jobTitle", "CTO", "company.name", "Acme & Sons"),
                MONDAY);
        return new HandoffNotice(
                handoff,
                rep,
                Optional.of(profile),
                kind,
                Optional.of(team),
                List.of("rejected 2026-06-01 by rep 42: TIMING (call back in Q4)"));
    }
}
