package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.HandoffContact;
import io.leadflow.console.application.HandoffDetail;
import io.leadflow.console.application.HandoffSla;
import io.leadflow.console.application.InboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The part of the hand-off service's {@code HandoffResponse} the rep's pages show; other fields are ignored. The SLA
 * fields ({@code slaDueAt}, {@code slaBusinessSecondsLeft}, {@code slaReminded}, {@code slaBreached}) and
 * {@code contact} are absent from an older service: the pages then show no deadline and the lead's id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HandoffBody(
        UUID id,
        UUID leadId,
        String status,
        @Nullable String stage,
        int score,
        boolean fastTrack,
        @Nullable Instant assignedAt,
        @Nullable Instant acceptedAt,
        @Nullable List<String> reasons,
        @Nullable Rep rep,
        @Nullable Rejection rejection,
        @Nullable Details details,
        @Nullable Instant slaDueAt,
        @Nullable Long slaBusinessSecondsLeft,
        @Nullable Boolean slaReminded,
        @Nullable Boolean slaBreached,
        @Nullable Contact contact) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rep(@Nullable String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rejection(@Nullable String reason, @Nullable String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(
            @Nullable String name,
            @Nullable String email,
            @Nullable String company) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bant(
            @Nullable String budget,
            @Nullable String authority,
            @Nullable String need,
            @Nullable String timeline,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Details(
            @Nullable Integer tier,
            @Nullable String priority,
            @Nullable String deadline,
            @Nullable String grade,
            @Nullable Long secondsLeft,
            @Nullable String disqualifiedReason,
            @Nullable Bant bant) {}

    InboxEntry toEntry() {
        return new InboxEntry(
                id,
                leadId,
                status,
                score,
                fastTrack,
                assignedAt,
                reasonList(),
                toContact(),
                grade(),
                toSla(),
                rep == null ? null : rep.name());
    }

    HandoffDetail toDetail() {
        Bant b = details == null ? null : details.bant();
        return new HandoffDetail(
                id,
                leadId,
                status,
                stage == null ? "" : stage,
                score,
                fastTrack,
                reasonList(),
                grade(),
                details == null ? null : details.priority(),
                toContact(),
                toSla(),
                rep == null ? null : rep.name(),
                details == null || details.tier() == null ? 1 : details.tier(),
                assignedAt,
                acceptedAt,
                rejection == null ? null : rejection.reason(),
                rejection == null ? null : rejection.note(),
                details == null ? null : details.disqualifiedReason(),
                b == null
                        ? null
                        : new HandoffDetail.Bant(
                                b.budget(), b.authority(), b.need(), b.timeline(), b.amount(), b.currency()));
    }

    private List<String> reasonList() {
        return reasons == null ? List.of() : reasons;
    }

    private @Nullable String grade() {
        return details == null ? null : details.grade();
    }

    private HandoffContact toContact() {
        return contact == null
                ? HandoffContact.UNKNOWN
                : new HandoffContact(contact.name(), contact.email(), contact.company());
    }

    private HandoffSla toSla() {
        Long left = slaBusinessSecondsLeft != null
                ? slaBusinessSecondsLeft
                : details == null ? null : details.secondsLeft();
        return new HandoffSla(
                details == null ? null : details.deadline(),
                slaDueAt,
                left,
                Boolean.TRUE.equals(slaReminded),
                Boolean.TRUE.equals(slaBreached));
    }
}
