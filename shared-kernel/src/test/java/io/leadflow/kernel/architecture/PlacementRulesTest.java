package io.leadflow.kernel.architecture;

import static io.leadflow.kernel.architecture.Fixtures.assertFails;
import static io.leadflow.kernel.architecture.Fixtures.assertPasses;
import static io.leadflow.kernel.architecture.Fixtures.violating;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlacementRulesTest {

    @Test
    void use_case_rule_fails_when_a_use_case_is_a_class_outside_port_in() {
        String root = violating("usecaseisclass");
        assertFails(LeadFlowArchitecture.useCasesAreInterfacesInPortIn(root), root)
                .hasMessageContaining(root + ".application.service.ApproveThingUseCase");
    }

    @Test
    void controller_rule_fails_for_an_annotated_or_named_controller_outside_the_web_adapter() {
        String root = violating("controlleroutsideweb");
        assertFails(LeadFlowArchitecture.controllersInWebAdapter(root), root)
                .hasMessageContaining(root + ".adapter.in.messaging.ThingEndpoint")
                .hasMessageContaining(root + ".config.StatusController");
    }

    @Test
    void persistence_rule_fails_when_an_application_service_uses_jdbc() {
        String root = violating("jdbcoutsidepersistence");
        assertFails(LeadFlowArchitecture.persistenceTypesInPersistenceAdapter(root), root)
                .hasMessageContaining(root + ".application.service.CountThingsService");
    }

    @Test
    void scheduling_rule_fails_when_a_driven_adapter_runs_its_own_scheduled_work() {
        String root = violating("scheduledoutsidescheduling");
        assertFails(LeadFlowArchitecture.scheduledWorkInSchedulingAdapter(root), root)
                .hasMessageContaining(root + ".adapter.out.mail.ThingMailer.sendDue()");
    }

    @Test
    void mapper_rule_fails_when_a_mapstruct_mapper_sits_in_the_application() {
        String root = violating("mapperoutsideadapter");
        assertFails(LeadFlowArchitecture.mappersInsideAdapters(root), root)
                .hasMessageContaining(root + ".application.service.ThingMapper");
    }

    @Test
    void mapper_rule_fails_when_a_mappers_implementation_sits_in_the_application() {
        String root = violating("mapperimplementationoutsideadapter");
        assertFails(LeadFlowArchitecture.mappersInsideAdapters(root), root)
                .hasMessageContaining(root + ".application.service.ThingMapperImpl")
                .hasMessageNotContaining(root + ".adapter.in.web.ThingMapper ");
    }

    @Test
    void mapper_rule_fails_on_a_service_that_maps_without_mapstruct() {
        String root = violating("adaptercallsservice");
        assertThatThrownBy(
                        () -> LeadFlowArchitecture.mappersInsideAdapters(root).check(Fixtures.classesOf(root)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void mapper_rule_passes_on_a_service_whose_mappers_sit_in_its_adapters() {
        assertPasses(LeadFlowArchitecture.mappersInsideAdapters(Fixtures.COMPLIANT), Fixtures.COMPLIANT);
    }

    @Test
    void reuse_rule_fails_when_a_service_writes_its_own_outbox_relay() {
        String root = violating("copiesinfrastructure");
        assertFails(LeadFlowArchitecture.serviceUsesSharedInfrastructure(root), root)
                .hasMessageContaining(root + ".adapter.out.messaging.ThingOutboxRelay");
    }
}
