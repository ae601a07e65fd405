package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.NurtureNotice;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.TrackRef;
import java.util.Optional;

/**
 * Marketing's automation tool, which actually sends nurture content to the lead. A sent step is first rendered
 * (target and exact body, stored with the step in one transaction), then sent after commit, as often as needed.
 * Enrolments, exits and recycles are told the same way, at once, so that marketing's automation need not wait for a
 * step days later to learn that a lead joined or left a track.
 */
public interface MarketingAutomation {

    /** The target and body for this step; empty when no automation tool is configured. */
    Optional<AutomationMessage> render(ScheduledStep step, TrackRef track);

    /** The target and body for an enrolment, exit or recycle; empty when no automation tool is configured. */
    Optional<AutomationMessage> render(NurtureNotice notice);

    /** One attempt; never throws for a failed delivery, it reports it. */
    DeliveryOutcome send(StepDelivery delivery);

    /** Where a step goes and the exact body. */
    record AutomationMessage(String target, String payload) {}
}
