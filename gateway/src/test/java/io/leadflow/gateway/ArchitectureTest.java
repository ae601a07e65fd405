package io.leadflow.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.leadflow.kernel.architecture.LeadFlowArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gateway has no hexagon (route, security, apikey, filter, config), so only the hygiene rules apply, plus
 * its own: it depends on no other LeadFlow code, not even the kernel, and talks to services only over HTTP.
 */
class ArchitectureTest {

    private static final String ROOT = "io.leadflow.gateway";

    @Test
    void the_gateway_keeps_the_hygiene_rules_and_depends_on_no_other_leadflow_code() {
        JavaClasses classes = LeadFlowArchitecture.importService(ROOT);
        LeadFlowArchitecture.checkAll(
                List.of(
                        LeadFlowArchitecture.noFieldInjection(ROOT),
                        LeadFlowArchitecture.noStandardStreams(ROOT),
                        LeadFlowArchitecture.noGenericExceptions(ROOT),
                        LeadFlowArchitecture.noJavaUtilLogging(ROOT),
                        noClasses()
                                .that()
                                .resideInAPackage(ROOT + "..")
                                .should()
                                .dependOnClassesThat()
                                .resideInAnyPackage(
                                        "io.leadflow.kernel..",
                                        "io.leadflow.ingestion..",
                                        "io.leadflow.scoring..",
                                        "io.leadflow.handoff..",
                                        "io.leadflow.nurturing..")
                                .because("the gateway is the door, not a service: it knows services only as URLs")),
                classes);
    }
}
