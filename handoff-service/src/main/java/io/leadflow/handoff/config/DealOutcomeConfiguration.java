package io.leadflow.handoff.config;

import io.leadflow.handoff.adapter.in.web.CrmProperties;
import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.application.port.out.DealOutcomes;
import io.leadflow.handoff.application.service.HandoffServices;
import io.leadflow.handoff.domain.CrmStageMapping;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What became of qualified leads: outcomes recorded by reps and deal updates received from CRMs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrmProperties.class)
class DealOutcomeConfiguration {

    @Bean
    CrmStageMapping crmStageMapping(CrmProperties crm) {
        return CrmStageMappings.of(crm);
    }

    @Bean
    RecordOutcomeUseCase recordOutcomeUseCase(HandoffServices.Ports ports, DealOutcomes outcomes) {
        return HandoffServices.recordOutcome(ports, outcomes);
    }

    @Bean
    RecordCrmDealUseCase recordCrmDealUseCase(
            HandoffServices.Ports ports, DealOutcomes outcomes, CrmDeals deals, CrmStageMapping mapping) {
        return HandoffServices.recordCrmDeal(ports, outcomes, deals, mapping);
    }

    @Bean
    ApplyPendingCrmDealsUseCase applyPendingCrmDealsUseCase(
            HandoffServices.Ports ports, DealOutcomes outcomes, CrmDeals deals, CrmStageMapping mapping) {
        return HandoffServices.applyPendingCrmDeals(ports, outcomes, deals, mapping);
    }

    @Bean
    FindCrmDealsQuery findCrmDealsQuery(CrmDeals deals) {
        return HandoffServices.findCrmDeals(deals);
    }
}
