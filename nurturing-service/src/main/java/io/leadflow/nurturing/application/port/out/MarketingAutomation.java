package io.leadflow.nurturing.application.port.out;

import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.ScheduledStep;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.nurturing.domain.TrackRef;
import java.util.Optional;

/**
 * Marketing's automation tool, which actually sends nurture content to the lead. A sent step is first rendered
 * (target and exact body, stored with the step in one transaction), then sent after commit, as often as needed.
 */
public interface MarketingAutomation {

    /** The target and body for this step; empty when no automation tool is configured. */
    Optional<AutomationMessage> render(ScheduledStep step, TrackRef track);

    /** One attempt; never throws for a failed delivery, it reports it. */
    DeliveryOutcome send(StepDelivery delivery);

    /** Where a step goes and the exact body. */
    record AutomationMessage(String target, String payload) {}
}
