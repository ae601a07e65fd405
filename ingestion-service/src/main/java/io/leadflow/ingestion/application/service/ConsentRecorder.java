package io.leadflow.ingestion.application.service;

import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.domain.ConsentSignal;
import io.leadflow.ingestion.domain.Engagement;
import io.leadflow.ingestion.domain.Suppression;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import java.time.Instant;
import java.util.Map;

/**
 * Applies a consent signal to the suppression list, in the caller's transaction: the person's standing is locked,
 * changed, saved and, when it changed, announced as {@code ConsentChanged} through the outbox. Every door a signal
 * comes in by (an unsubscribe engagement, consent flags on a profile, Segment's {@code context.consent}, the consent
 * API) goes through here.
 */
final class ConsentRecorder {

    /** Profile consent flags that speak for marketing contact; {@code consent.profiling} speaks for profiling. */
    static final String MARKETING = "consent.marketing";

    static final String EMAIL = "consent.email";
    static final String PROFILING = "consent.profiling";

    private final SuppressionList list;
    private final LeadEventPublisher events;

    ConsentRecorder(SuppressionList list, LeadEventPublisher events) {
        this.list = list;
        this.events = events;
    }

    Suppression record(
            LeadId lead,
            Boolean marketing,
            Boolean profiling,
            String because,
            Instant at,
            String actor,
            String correlationId) {
        Suppression current = list.findForUpdate(lead);
        Suppression next = current.after(marketing, profiling, because, at, actor);
        if (next != current) {
            list.save(next);
            events.publish(changed(next, at, correlationId));
        }
        return next;
    }

    /**
     * Applies what an attributed engagement withdraws (an unsubscribe, a carried {@code consent}) before it is
     * announced, and answers the changed standing for the engagement to carry (null: nothing changed), so that scoring
     * knows it before it scores the engagement, whichever of the two messages arrives first.
     */
    ConsentChangedEvent recordWithdrawal(Engagement e) {
        ConsentSignal withdrawal = e.withdrawal();
        if (withdrawal == null) {
            return null;
        }
        String correlationId = e.correlationId() != null ? e.correlationId() : "none";
        Suppression current = list.findForUpdate(e.leadId());
        Suppression next = current.after(
                withdrawal.marketing(), withdrawal.profiling(), e.withdrawalReason(), e.occurredAt(), e.sourceApi());
        if (next == current) {
            return null;
        }
        list.save(next);
        ConsentChangedEvent changed = changed(next, e.occurredAt(), correlationId);
        events.publish(changed);
        return changed;
    }

    private static ConsentChangedEvent changed(Suppression next, Instant at, String correlationId) {
        return new ConsentChangedEvent(
                EventMetadata.create(
                        ConsentChangedEvent.TYPE, ConsentChangedEvent.VERSION, next.lead(), at, correlationId),
                next.contactSuppressed(),
                next.suppressedSince(),
                next.suppressedBecause(),
                next.profilingObjected(),
                next.objectedSince(),
                next.revision());
    }

    /**
     * The consent flags a profile change sets to another value than the stored one ({@code before}): a flag sent again
     * unchanged is no signal, so that a tool re-sending a stale profile never re-subscribes someone who unsubscribed.
     */
    void recordProfile(
            LeadId lead,
            Map<String, String> before,
            Map<String, String> changes,
            Instant at,
            String actor,
            String correlationId) {
        Boolean marketing = changed(before, changes, MARKETING);
        if (marketing == null) {
            marketing = changed(before, changes, EMAIL);
        }
        Boolean profiling = changed(before, changes, PROFILING);
        if (marketing != null || profiling != null) {
            record(lead, marketing, profiling, Suppression.CONSENT_WITHDRAWN, at, actor, correlationId);
        }
    }

    static ConsentView view(Suppression s) {
        return new ConsentView(
                s.lead().value(),
                s.contactSuppressed(),
                s.suppressedSince(),
                s.suppressedBecause(),
                s.profilingObjected(),
                s.objectedSince(),
                s.revision(),
                s.changedBy());
    }

    private static Boolean changed(Map<String, String> before, Map<String, String> changes, String flag) {
        String value = changes.get(flag);
        if (value == null || value.isEmpty() || value.equals(before.get(flag))) {
            return null;
        }
        return Boolean.valueOf(value);
    }
}
