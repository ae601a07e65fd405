package io.leadflow.kernel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules between layers and services; {@link LeadFlowArchitecture} is their public face. */
final class LayerRules {

    private LayerRules() {}

    static ArchRule plainJava(String packageIdentifier) {
        return classes()
                .that()
                .resideInAPackage(packageIdentifier)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        ServiceLayout.JAVA, ServiceLayout.KERNEL, ServiceLayout.NULLNESS_ANNOTATIONS, packageIdentifier)
                .because("the kernel is shared by every service and must stay plain Java: a framework type in it"
                        + " would leak into every service and tie them all to one framework version");
    }

    static ArchRule domainIsPlainJava(ServiceLayout service) {
        return classes()
                .that()
                .resideInAPackage(service.domain())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        ServiceLayout.JAVA,
                        ServiceLayout.KERNEL,
                        ServiceLayout.NULLNESS_ANNOTATIONS,
                        ServiceLayout.LINEAR_REGEX,
                        service.domain())
                .because("the domain is the model and its rules in plain Java: it is tested without Spring and"
                        + " outlives any framework or database choice (RE2/J, a plain-Java regular expression"
                        + " engine, stands in for java.util.regex where patterns come from users)");
    }

    static ArchRule applicationDependsOnlyOnDomainAndKernel(ServiceLayout service) {
        return classes()
                .that()
                .resideInAPackage(service.application())
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        ServiceLayout.JAVA,
                        ServiceLayout.KERNEL,
                        ServiceLayout.NULLNESS_ANNOTATIONS,
                        service.domain(),
                        service.application(),
                        "org.springframework.transaction.annotation..")
                .because("use cases orchestrate the domain through ports and leave technology to adapters;"
                        + " Spring's @Transactional is the one exception, because transactions start in the"
                        + " application service");
    }

    static ArchRule onion(ServiceLayout service) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy(service.domain())
                .layer("Application")
                .definedBy(service.application())
                .layer("Adapters")
                .definedBy(service.adapters())
                // the *Application class sits in the root package and belongs with the wiring
                .optionalLayer("Configuration")
                .definedBy(service.config(), service.rootOnly())
                .whereLayer("Domain")
                .mayNotAccessAnyLayer()
                .whereLayer("Application")
                .mayOnlyAccessLayers("Domain")
                .because("dependencies point inwards: adapters and configuration use the application and the"
                        + " domain, never the other way round, so the core can be tested and changed without them");
    }

    static ArchRule adaptersDoNotDependOnEachOther(ServiceLayout service) {
        return slices().matching(service.adapterSlices())
                .should()
                .notDependOnEachOther()
                .because("each adapter translates between one technology and the ports; adapters calling each"
                        + " other bypass the application and couple technologies");
    }

    static ArchRule adaptersUsePortsNotServices(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.adapters())
                .should()
                .dependOnClassesThat()
                .resideInAPackage(service.applicationService())
                .because("adapters drive the application through its use-case interfaces in application.port.in,"
                        + " so the implementations stay package-private and replaceable");
    }

    static ArchRule serviceSeesOnlyItselfAndKernel(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.all())
                .should()
                .dependOnClassesThat(otherLeadFlowCode(service))
                .because("services meet only through messages and the shared kernel (and share infrastructure"
                        + " through service-support); code reaching into another service couples their releases"
                        + " (Maven Enforcer bans the dependency as well)");
    }

    private static DescribedPredicate<JavaClass> otherLeadFlowCode(ServiceLayout service) {
        return resideInAPackage(ServiceLayout.LEADFLOW)
                .and(not(resideInAnyPackage(service.all(), ServiceLayout.KERNEL, ServiceLayout.SUPPORT)))
                .as("belong to LeadFlow outside %s, the kernel and service-support", service.root());
    }
}
