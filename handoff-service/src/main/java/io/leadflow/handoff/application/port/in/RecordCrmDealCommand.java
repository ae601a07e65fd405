package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.CrmSource;
import java.math.BigDecimal;

/**
 * A deal update as a CRM sent it, its signature already verified: the delivery's id, the deal and its stage, the
 * lead as the CRM names it (LeadFlow's lead id, the e-mail, or both) and the amount. Texts are bounded.
 */
public record RecordCrmDealCommand(
        CrmSource source,
        String deliveryKey,
        String dealId,
        String stage,
        String leadId,
        String email,
        BigDecimal amount,
        String currency) {

    public RecordCrmDealCommand {
        Commands.require(source, "source");
        Commands.require(deliveryKey, "deliveryKey");
        Commands.require(dealId, "dealId");
        Commands.limited(deliveryKey, "deliveryKey", 200);
        Commands.limited(dealId, "dealId", 200);
        Commands.limited(stage, "stage", 200);
        Commands.limited(leadId, "leadId", 200);
        Commands.limited(email, "email", 320);
        Commands.limited(currency, "currency", 10);
    }
}
