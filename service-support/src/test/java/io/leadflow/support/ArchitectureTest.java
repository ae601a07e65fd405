package io.leadflow.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.leadflow.kernel.architecture.LeadFlowArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses SUPPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.leadflow.support");

    @Test
    void support_knows_no_service_and_no_gateway() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.leadflow.ingestion..",
                        "io.leadflow.scoring..",
                        "io.leadflow.handoff..",
                        "io.leadflow.nurturing..",
                        "io.leadflow.gateway..",
                        "io.leadflow.deploy..")
                .because("service-support serves every service alike; knowing one of them would couple all four")
                .check(SUPPORT);
    }

    @Test
    void support_keeps_the_hygiene_rules() {
        LeadFlowArchitecture.checkAll(
                List.of(
                        LeadFlowArchitecture.noFieldInjection("io.leadflow.support"),
                        LeadFlowArchitecture.noStandardStreams("io.leadflow.support"),
                        LeadFlowArchitecture.noGenericExceptions("io.leadflow.support"),
                        LeadFlowArchitecture.noJavaUtilLogging("io.leadflow.support")),
                SUPPORT);
    }
}
