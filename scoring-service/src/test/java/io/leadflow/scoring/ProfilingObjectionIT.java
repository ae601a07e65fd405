package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The suppression list in scoring, through the real RabbitMQ and PostgreSQL: a person who objected to profiling is
 * scored but not made an MQL by a buying signal (so nothing tells hand-off), and the lead's answer says why and since
 * when; a person who did not object qualifies as ever.
 */
class ProfilingObjectionIT extends ScoringItSupport {

    @Test
    void a_demo_request_of_a_person_who_objected_makes_no_mql_and_the_lead_answer_shows_the_objection()
            throws Exception {
        LeadId objected = LeadId.newId();
        LeadId other = LeadId.newId();
        Instant since = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        send(
                EventStreams.CONSENT,
                new ConsentChangedEvent(
                        EventMetadata.create(ConsentChangedEvent.TYPE, 1, objected, since, "it"),
                        true,
                        since,
                        "unsubscribed",
                        true,
                        since,
                        1));
        await().atMost(PATIENCE)
                .until(() -> count("select count(*) from consent_copy where lead_id = :lead", objected) == 1);

        for (LeadId lead : new LeadId[] {objected, other}) {
            send(EventStreams.PROFILES, profile(lead));
            send(EventStreams.ENGAGEMENTS, demoRequest(lead));
        }

        JsonNode qualified = await().atMost(PATIENCE)
                .until(
                        () -> leadView(other),
                        view -> view != null && "MQL".equals(view.path("stage").asString()));
        assertThat(qualified.path("consent").path("profilingObjected").asBoolean())
                .isFalse();
        JsonNode shown = await().atMost(PATIENCE)
                .until(
                        () -> leadView(objected),
                        view -> view != null
                                && view.path("score").asInt() == 50
                                && view.path("email").asString("").startsWith("jane."));
        assertThat(shown.path("stage").asString()).isEqualTo("NEW");
        assertThat(shown.path("consent").path("profilingObjected").asBoolean()).isTrue();
        assertThat(shown.path("consent").path("objectedSince").asString()).isEqualTo(since.toString());
        assertThat(shown.path("consent").path("contactSuppressed").asBoolean()).isTrue();
        assertThat(shown.path("consent").path("suppressedBecause").asString()).isEqualTo("unsubscribed");
        assertThat(count("select count(*) from timeline where lead_id = :lead", objected))
                .isZero();
    }

    @Test
    void a_demo_request_that_carries_the_objection_itself_makes_no_mql_though_lead_consent_never_came() {
        LeadId lead = LeadId.newId();
        Instant at = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        ConsentChangedEvent objection = new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, 1, lead, at, "it"), false, null, null, true, at, 1);
        EngagementRecordedEvent plain = demoRequest(lead);
        send(EventStreams.PROFILES, profile(lead));
        send(
                EventStreams.ENGAGEMENTS,
                new EngagementRecordedEvent(
                        plain.metadata(),
                        plain.engagementType(),
                        null,
                        plain.channel(),
                        plain.source(),
                        plain.campaign(),
                        Map.of(),
                        objection));

        JsonNode shown = await().atMost(PATIENCE)
                .until(
                        () -> leadView(lead),
                        view -> view != null && view.path("score").asInt() == 50);
        assertThat(shown.path("stage").asString()).isEqualTo("NEW");
        assertThat(shown.path("consent").path("profilingObjected").asBoolean()).isTrue();
        assertThat(shown.path("consent").path("objectedSince").asString()).isEqualTo(at.toString());
        assertThat(count("select count(*) from timeline where lead_id = :lead", lead))
                .isZero();
    }

    private static ProfileChangedEvent profile(LeadId lead) {
        return new ProfileChangedEvent(
                EventMetadata.create(
                        ProfileChangedEvent.TYPE,
                        ProfileChangedEvent.VERSION,
                        lead,
                        Instant.now().minusSeconds(2),
                        "it"),
                "jane." + lead + "@acme-industrial.com",
                Map.of(ProfileAttributes.COMPANY_DOMAIN, "acme-industrial.com", ProfileAttributes.FREE_MAIL, "false"));
    }

    private static EngagementRecordedEvent demoRequest(LeadId lead) {
        return new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        lead,
                        Instant.now().minusSeconds(1),
                        "it"),
                EngagementType.DEMO_REQUESTED,
                null,
                Channel.CONTACT_FORM,
                "website",
                "autumn-launch",
                Map.of());
    }
}
