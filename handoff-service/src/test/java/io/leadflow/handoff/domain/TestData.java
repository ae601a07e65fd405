package io.leadflow.handoff.domain;

import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Builders of domain test data: a rep, a qualification, an assigned hand-off. */
public final class TestData {

    public static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private TestData() {}

    public static SalesRep aRep(String name) {
        return aRep(name, true, null);
    }

    public static SalesRep aRep(String name, boolean available, Instant lastAssignedAt) {
        return new SalesRep(
                RepId.newId(),
                name,
                EmailAddress.of(name.toLowerCase(Locale.ROOT) + "@seller.example"),
                WebhookUrl.parse("https://crm.example.com/hooks/" + name.toLowerCase(Locale.ROOT)),
                available,
                lastAssignedAt,
                T0.minusSeconds(86_400));
    }

    public static Qualification aQualification(LeadId leadId) {
        return new Qualification(
                UUID.randomUUID(),
                leadId,
                72,
                true,
                List.of("demo requested", "company size 200-500"),
                T0,
                "corr-" + leadId);
    }

    public static Handoff anAssignedHandoff(SalesRep rep) {
        return Handoff.open(
                HandoffId.newId(),
                aQualification(LeadId.newId()),
                new Assignment(rep, Routing.FALLBACK, rep.teamId()),
                new Route(rep.teamId(), 1, null),
                T0);
    }

    public static Handoff anUnassignedHandoff() {
        return Handoff.open(HandoffId.newId(), aQualification(LeadId.newId()), null, Route.NONE, T0);
    }
}
