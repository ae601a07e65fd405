package io.leadflow.ingestion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link EngagementLog} does, whether it keeps the log in memory or in PostgreSQL. */
public abstract class EngagementLogContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    protected abstract EngagementLog log();

    /** A lead the storage knows, since an attributed engagement belongs to a known contact. */
    protected abstract LeadId storedLead(String email);

    private static Engagement of(LeadId lead, String identity, long secondsAfterT0) {
        return new Engagement(
                UUID.randomUUID(),
                lead,
                identity,
                EngagementType.EMAIL_CLICKED,
                null,
                Channel.EMAIL,
                T0.plusSeconds(secondsAfterT0),
                "newsletter",
                "nov",
                Map.of("link", "pricing"),
                "corr-1",
                "native",
                null);
    }

    @Test
    void appended_engagements_are_found_by_their_event_ids() {
        LeadId lead = storedLead("jo@acme.example");
        Engagement clicked = of(lead, null, 0);
        Engagement custom = new Engagement(
                UUID.randomUUID(),
                null,
                "anon-1",
                EngagementType.CUSTOM,
                "booth_scan",
                Channel.TRADE_SHOW,
                T0,
                null,
                null,
                null,
                null,
                "segment",
                null);

        assertThat(log().appendAll(List.of(clicked, custom)))
                .containsExactlyInAnyOrder(clicked.eventId(), custom.eventId());

        assertThat(log().findAll(List.of(clicked.eventId(), custom.eventId(), UUID.randomUUID())))
                .isEqualTo(Map.of(clicked.eventId(), clicked, custom.eventId(), custom));
    }

    @Test
    void an_engagement_already_in_the_log_is_not_appended_again() {
        LeadId lead = storedLead("jo@acme.example");
        Engagement first = of(lead, null, 0);
        log().appendAll(List.of(first));
        Engagement sameId = new Engagement(
                first.eventId(),
                lead,
                null,
                EngagementType.DEMO_REQUESTED,
                null,
                Channel.WEBSITE,
                T0,
                null,
                null,
                null,
                null,
                "native",
                null);
        Engagement fresh = of(lead, null, 10);

        assertThat(log().appendAll(List.of(sameId, fresh))).containsExactly(fresh.eventId());

        assertThat(log().findAll(List.of(first.eventId()))).containsValue(first);
        assertThat(log().countOfLead(lead)).isEqualTo(2);
    }

    @Test
    void waiting_engagements_of_an_identity_are_given_to_the_lead_once() {
        LeadId lead = storedLead("jo@acme.example");
        LeadId other = storedLead("kim@acme.example");
        Engagement waiting = of(null, "anon-1", 0);
        Engagement alsoWaiting = of(null, "anon-1", 10);
        Engagement otherIdentity = of(null, "anon-2", 20);
        Engagement attributed = of(other, "anon-1", 30);
        log().appendAll(List.of(waiting, alsoWaiting, otherIdentity, attributed));

        assertThat(log().attributePending("anon-1", lead))
                .containsExactlyInAnyOrder(waiting.attributedTo(lead), alsoWaiting.attributedTo(lead));
        assertThat(log().attributePending("anon-1", other)).isEmpty();

        assertThat(log().countOfLead(lead)).isEqualTo(2);
        assertThat(log().findAll(List.of(otherIdentity.eventId(), attributed.eventId())))
                .isEqualTo(Map.of(otherIdentity.eventId(), otherIdentity, attributed.eventId(), attributed));
    }

    @Test
    void the_consent_an_engagement_carried_is_kept_and_comes_back_when_it_is_attributed() {
        LeadId lead = storedLead("vi@acme.example");
        Engagement plain = of(null, "anon-9", 0);
        Engagement withdrawing = new Engagement(
                UUID.randomUUID(),
                null,
                "anon-9",
                EngagementType.WEBSITE_VISITED,
                null,
                Channel.WEBSITE,
                T0.plusSeconds(5),
                "site",
                null,
                Map.of(),
                "corr-2",
                "segment",
                null,
                new ConsentSignal(false, null));
        log().appendAll(List.of(plain, withdrawing));

        assertThat(log().attributePending("anon-9", lead))
                .containsExactlyInAnyOrder(plain.attributedTo(lead), withdrawing.attributedTo(lead));
        assertThat(log().findAll(List.of(withdrawing.eventId()))
                        .get(withdrawing.eventId())
                        .consent())
                .isEqualTo(new ConsentSignal(false, null));
    }

    @Test
    void a_leads_engagements_come_newest_first_page_by_page() {
        LeadId lead = storedLead("jo@acme.example");
        Engagement oldest = of(lead, null, 0);
        Engagement newest = of(lead, null, 30);
        Engagement middle = of(lead, null, 20);
        Engagement older = of(lead, null, 10);
        log().appendAll(List.of(oldest, newest, middle, older, of(storedLead("kim@acme.example"), null, 40)));

        assertThat(log().ofLead(lead, 0, 3)).containsExactly(newest, middle, older);
        assertThat(log().ofLead(lead, 3, 3)).containsExactly(oldest);
        assertThat(log().ofLead(lead, 4, 3)).isEmpty();
        assertThat(log().countOfLead(lead)).isEqualTo(4);
        assertThat(log().ofLead(LeadId.newId(), 0, 3)).isEmpty();
        assertThat(log().countOfLead(LeadId.newId())).isZero();
    }

    @Test
    void finding_no_event_ids_finds_nothing() {
        assertThat(log().findAll(List.of())).isEmpty();
    }
}
