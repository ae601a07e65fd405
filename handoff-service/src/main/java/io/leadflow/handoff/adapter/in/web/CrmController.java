package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.support.security.Caller;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deal updates from CRMs, on public paths (no caller token: the CRM's signature is the authentication, checked before
 * the body is read), and the list of what was received, for admins.
 */
@RestController
class CrmController {

    static final String HUBSPOT_PATH = "/api/v1/crm/hubspot/deals";
    static final String SALESFORCE_PATH = "/api/v1/crm/salesforce/opportunities";

    private final RecordCrmDealUseCase recordDeal;
    private final FindCrmDealsQuery findDeals;
    private final HubSpotSignature hubspot;
    private final SalesforceSignature salesforce;
    private final JsonMapper json;

    CrmController(
            RecordCrmDealUseCase recordDeal,
            FindCrmDealsQuery findDeals,
            CrmProperties properties,
            Clock clock,
            JsonMapper json) {
        this.recordDeal = recordDeal;
        this.findDeals = findDeals;
        this.hubspot = new HubSpotSignature(
                properties.hubspot().clientSecret(),
                properties.hubspot().webhookUrl(),
                properties.hubspot().maxAge(),
                clock);
        this.salesforce = new SalesforceSignature(
                properties.salesforce().secret(), properties.salesforce().maxAge(), clock);
        this.json = json;
    }

    /** HubSpot's deal-stage webhook: each stage change is kept, and applied to its lead when it can be. */
    @PostMapping(HUBSPOT_PATH)
    List<CrmDealView> hubspot(
            @RequestBody(required = false) String body,
            @RequestHeader(name = HubSpotSignature.SIGNATURE, required = false) String signature,
            @RequestHeader(name = HubSpotSignature.TIMESTAMP, required = false) String timestamp) {
        String content = body == null ? "" : body;
        String refusal = hubspot.refusal("POST", content, signature, timestamp);
        if (refusal != null) {
            throw new CrmSignatureRefusedException(HubSpotSignature.SIGNATURE, refusal);
        }
        List<RecordCrmDealCommand> commands = HubSpotDeals.read(json, content);
        return commands.stream().map(recordDeal::recordCrmDeal).toList();
    }

    /**
     * A Salesforce Opportunity change (Change Data Capture), signed by the relay with the shared secret: kept and
     * applied like HubSpot's; a change that does not touch the stage answers an empty list.
     */
    @PostMapping(SALESFORCE_PATH)
    List<CrmDealView> salesforce(
            @RequestBody(required = false) String body,
            @RequestHeader(name = SalesforceSignature.ID, required = false) String id,
            @RequestHeader(name = SalesforceSignature.TIMESTAMP, required = false) String timestamp,
            @RequestHeader(name = SalesforceSignature.SIGNATURE, required = false) String signature) {
        String content = body == null ? "" : body;
        String refusal = salesforce.refusal(id, timestamp, signature, content);
        if (refusal != null) {
            throw new CrmSignatureRefusedException(SalesforceSignature.SIGNATURE, refusal);
        }
        return SalesforceDeals.read(json, content, id.strip()).map(recordDeal::recordCrmDeal).stream()
                .toList();
    }

    /** What CRMs sent, newest first; {@code status=unmatched} lists the updates still waiting for their lead. */
    @GetMapping("/api/v1/crm/deals")
    List<CrmDealView> list(@RequestParam(required = false) String status, Caller caller) {
        return findDeals.findCrmDeals(status, Identity.required(caller));
    }
}
