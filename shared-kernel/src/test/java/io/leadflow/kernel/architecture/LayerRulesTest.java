package io.leadflow.kernel.architecture;

import static io.leadflow.kernel.architecture.Fixtures.assertFails;
import static io.leadflow.kernel.architecture.Fixtures.violating;

import org.junit.jupiter.api.Test;

class LayerRulesTest {

    @Test
    void domain_rule_fails_when_domain_uses_spring() {
        String root = violating("domainusesspring");
        assertFails(LeadFlowArchitecture.domainIsPlainJava(root), root)
                .hasMessageContaining(root + ".domain.Thing")
                .hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void application_rule_fails_when_application_uses_a_spring_stereotype() {
        String root = violating("applicationusesspring");
        assertFails(LeadFlowArchitecture.applicationDependsOnlyOnDomainAndKernel(root), root)
                .hasMessageContaining(root + ".application.service.RegisterThingService")
                .hasMessageContaining("org.springframework.stereotype.Service")
                .hasMessageNotContaining("org.springframework.transaction.annotation.Transactional>");
    }

    @Test
    void onion_fails_when_domain_sees_application() {
        String root = violating("domainseesapplication");
        assertFails(LeadFlowArchitecture.onion(root), root)
                .hasMessageContaining(root + ".domain.Thing")
                .hasMessageContaining(root + ".application.port.in.RegisterThingCommand");
    }

    @Test
    void onion_fails_when_application_sees_an_adapter() {
        String root = violating("applicationseesadapter");
        assertFails(LeadFlowArchitecture.onion(root), root)
                .hasMessageContaining(root + ".application.service.RegisterThingService")
                .hasMessageContaining(root + ".adapter.in.web.ThingResponse");
    }

    @Test
    void adapter_rule_fails_when_the_web_adapter_calls_the_persistence_adapter() {
        String root = violating("adapterscalleachother");
        assertFails(LeadFlowArchitecture.adaptersDoNotDependOnEachOther(root), root)
                .hasMessageContaining(root + ".adapter.in.web.ThingController")
                .hasMessageContaining(root + ".adapter.out.persistence.JdbcThingRepository");
    }

    @Test
    void port_rule_fails_when_an_adapter_calls_an_application_service() {
        String root = violating("adaptercallsservice");
        assertFails(LeadFlowArchitecture.adaptersUsePortsNotServices(root), root)
                .hasMessageContaining(root + ".adapter.in.web.ThingController")
                .hasMessageContaining(root + ".application.service.RegisterThingService");
    }

    @Test
    void service_boundary_rule_fails_when_a_service_reaches_into_another_service() {
        String root = violating("reachesintootherservice");
        assertFails(LeadFlowArchitecture.serviceSeesOnlyItselfAndKernel(root), root)
                .hasMessageContaining(root + ".domain.Gadget")
                .hasMessageContaining(Fixtures.COMPLIANT + ".domain.ThingId");
    }
}
