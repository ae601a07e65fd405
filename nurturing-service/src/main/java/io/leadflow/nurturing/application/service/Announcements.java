package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.StepDelivery;

/**
 * Tells marketing's automation of an enrolment, an exit or a recycle through the same deliveries as the steps: the
 * notice is rendered and stored in the transaction of the change it reports (so a crash before the webhook is sent
 * loses nothing, and a change rolled back tells nothing), then the delivery worker sends it with retries. The
 * notice's id is fixed by the change, so the same change is never stored twice.
 */
final class Announcements {

    private final MarketingAutomation automation;
    private final StepDeliveries deliveries;
    private final ConsentRegister consent;

    Announcements(MarketingAutomation automation, StepDeliveries deliveries, ConsentRegister consent) {
        this.automation = automation;
        this.deliveries = deliveries;
        this.consent = consent;
    }

    /** Nothing for a person on the suppression list: marketing's automation hears nothing more of them. */
    void announce(NurtureNotice notice) {
        if (consent.contactSuppressed(notice.enrollment().leadId())) {
            return;
        }
        automation
                .render(notice)
                .ifPresent(message -> deliveries.enqueue(
                        new StepDelivery(notice.id(), message.target(), message.payload(), 0, notice.at())));
    }
}
