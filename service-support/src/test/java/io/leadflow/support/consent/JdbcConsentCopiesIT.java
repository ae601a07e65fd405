package io.leadflow.support.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.support.SupportIT;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcConsentCopiesIT extends SupportIT {

    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Autowired
    JdbcClient jdbc;

    private JdbcConsentCopies copies() {
        return new JdbcConsentCopies(jdbc);
    }

    @Test
    void the_newest_revision_wins_whatever_order_the_events_arrive_in() {
        LeadId lead = LeadId.newId();
        ConsentChangedEvent unsubscribed = event(lead, true, false, 1);
        ConsentChangedEvent resubscribedAndObjected = event(lead, false, true, 2);

        assertThat(copies().keep(resubscribedAndObjected)).isTrue();
        assertThat(copies().keep(unsubscribed)).as("a late, older standing").isFalse();
        assertThat(copies().keep(resubscribedAndObjected)).as("a redelivery").isFalse();

        ConsentCopy kept = copies().find(lead.value()).orElseThrow();
        assertThat(kept.contactSuppressed()).isFalse();
        assertThat(kept.profilingObjected()).isTrue();
        assertThat(kept.objectedSince()).isEqualTo(AT);
        assertThat(kept.revision()).isEqualTo(2);
    }

    @Test
    void a_lead_without_a_signal_has_no_copy_and_several_are_found_at_once() {
        LeadId quiet = LeadId.newId();
        LeadId suppressed = LeadId.newId();
        copies().keep(event(suppressed, true, false, 1));

        assertThat(copies().find(quiet.value())).isEmpty();
        assertThat(copies().findAll(List.of(quiet.value(), suppressed.value())))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.leadId()).isEqualTo(suppressed.value());
                    assertThat(c.contactSuppressed()).isTrue();
                    assertThat(c.suppressedBecause()).isEqualTo("unsubscribed");
                    assertThat(c.suppressedSince()).isEqualTo(AT);
                });
        assertThat(copies().findAll(List.of())).isEmpty();
    }

    static ConsentChangedEvent event(LeadId lead, boolean suppressed, boolean objected, long revision) {
        return new ConsentChangedEvent(
                EventMetadata.create(ConsentChangedEvent.TYPE, ConsentChangedEvent.VERSION, lead, AT, "c"),
                suppressed,
                suppressed ? AT : null,
                suppressed ? "unsubscribed" : null,
                objected,
                objected ? AT : null,
                revision);
    }
}
