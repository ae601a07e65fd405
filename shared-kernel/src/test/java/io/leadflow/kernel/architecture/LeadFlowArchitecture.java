package io.leadflow.kernel.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The LeadFlow architecture rules (STYLE.md, "Architecture rules") as plain ArchUnit rules. Every service rule takes
 * the service's root package, e.g. {@code io.leadflow.scoring}; a service's {@code ArchitectureTest} calls
 * {@link #checkService(String)}. A rule that matches no class fails, except where a comment says why emptiness is
 * legitimate.
 */
public final class LeadFlowArchitecture {

    /** The kernel's package, which every service may use. */
    public static final String KERNEL_ROOT = "io.leadflow.kernel";

    /** Leaves out the rule set and its fixtures, which travel in the kernel's test-jar. */
    static final ImportOption DO_NOT_INCLUDE_RULE_SET = LeadFlowArchitecture::isNotRuleSet;

    private LeadFlowArchitecture() {}

    /** Rule 1: the kernel depends on the JDK (and nullness annotations) only. */
    public static ArchRule kernelDependsOnlyOnJava() {
        return plainJava(KERNEL_ROOT + "..");
    }

    /** Rule 1 for any package, so that the rule's own test can check a fixture with the same code. */
    static ArchRule plainJava(String packageIdentifier) {
        return LayerRules.plainJava(packageIdentifier);
    }

    /** Rule 2: {@code domain} depends only on the JDK, the kernel and itself. */
    public static ArchRule domainIsPlainJava(String root) {
        return LayerRules.domainIsPlainJava(new ServiceLayout(root));
    }

    /** Rule 3: {@code application} depends only on the JDK, the kernel, the domain, itself and @Transactional. */
    public static ArchRule applicationDependsOnlyOnDomainAndKernel(String root) {
        return LayerRules.applicationDependsOnlyOnDomainAndKernel(new ServiceLayout(root));
    }

    /** Rule 4: the domain sees no other layer; the application sees only the domain. */
    public static ArchRule onion(String root) {
        return LayerRules.onion(new ServiceLayout(root));
    }

    /** Rule 5: the {@code adapter.<direction>.<technology>} packages do not depend on each other. */
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return LayerRules.adaptersDoNotDependOnEachOther(new ServiceLayout(root));
    }

    /** Rule 6: adapters never depend on {@code application.service}. */
    public static ArchRule adaptersUsePortsNotServices(String root) {
        return LayerRules.adaptersUsePortsNotServices(new ServiceLayout(root));
    }

    /** Rule 7: no dependency on LeadFlow code outside the service and the kernel. */
    public static ArchRule serviceSeesOnlyItselfAndKernel(String root) {
        return LayerRules.serviceSeesOnlyItselfAndKernel(new ServiceLayout(root));
    }

    /** Rule 8: top-level non-record {@code *UseCase} and {@code *Query} types are interfaces in port.in. */
    public static ArchRule useCasesAreInterfacesInPortIn(String root) {
        return PlacementRules.useCasesAreInterfacesInPortIn(new ServiceLayout(root));
    }

    /** Rule 8: {@code @Controller}, {@code @RestController} and {@code *Controller} live in adapter.in.web. */
    public static ArchRule controllersInWebAdapter(String root) {
        return PlacementRules.controllersInWebAdapter(new ServiceLayout(root));
    }

    /** Rule 8: classes using JDBC or JPA live in adapter.out.persistence or config. */
    public static ArchRule persistenceTypesInPersistenceAdapter(String root) {
        return PlacementRules.persistenceTypesInPersistenceAdapter(new ServiceLayout(root));
    }

    /** Rule 8: {@code @Scheduled} methods live in adapter.in.scheduling or config. */
    public static ArchRule scheduledWorkInSchedulingAdapter(String root) {
        return PlacementRules.scheduledWorkInSchedulingAdapter(new ServiceLayout(root));
    }

    /** Rule 8: MapStruct mappers and their generated implementations live in an adapter; a service has some. */
    public static ArchRule mappersInsideAdapters(String root) {
        return PlacementRules.mappersInsideAdapters(new ServiceLayout(root));
    }

    /** Rule 10: no class in a service is named like the infrastructure that service-support holds. */
    public static ArchRule serviceUsesSharedInfrastructure(String root) {
        return ReuseRules.serviceUsesSharedInfrastructure(new ServiceLayout(root));
    }

    /** Rule 9: no field annotated for injection. */
    public static ArchRule noFieldInjection(String root) {
        return HygieneRules.noFieldInjection(new ServiceLayout(root));
    }

    /** Rule 9: no System.out, System.err or printStackTrace. */
    public static ArchRule noStandardStreams(String root) {
        return HygieneRules.noStandardStreams(new ServiceLayout(root));
    }

    /** Rule 9: no Throwable, Exception or RuntimeException created to be thrown. */
    public static ArchRule noGenericExceptions(String root) {
        return HygieneRules.noGenericExceptions(new ServiceLayout(root));
    }

    /** Rule 9: no java.util.logging. */
    public static ArchRule noJavaUtilLogging(String root) {
        return HygieneRules.noJavaUtilLogging(new ServiceLayout(root));
    }

    /** Every service rule (2 to 10) for the service rooted at {@code root}. */
    public static List<ArchRule> forService(String root) {
        return List.of(
                domainIsPlainJava(root),
                applicationDependsOnlyOnDomainAndKernel(root),
                onion(root),
                adaptersDoNotDependOnEachOther(root),
                adaptersUsePortsNotServices(root),
                serviceSeesOnlyItselfAndKernel(root),
                useCasesAreInterfacesInPortIn(root),
                controllersInWebAdapter(root),
                persistenceTypesInPersistenceAdapter(root),
                scheduledWorkInSchedulingAdapter(root),
                mappersInsideAdapters(root),
                noFieldInjection(root),
                noStandardStreams(root),
                noGenericExceptions(root),
                noJavaUtilLogging(root),
                serviceUsesSharedInfrastructure(root));
    }

    /** The production classes under {@code root}: no test classes, nothing from the kernel's test-jar. */
    public static JavaClasses importService(String root) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(DO_NOT_INCLUDE_RULE_SET)
                .importPackages(new ServiceLayout(root).root());
    }

    /** Imports the service's production classes and checks every rule, reporting all broken rules at once. */
    public static void checkService(String root) {
        checkAll(forService(root), importService(root));
    }

    /** Checks every rule and fails with one error that lists each broken rule and its violations. */
    public static void checkAll(List<ArchRule> rules, JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            try {
                rule.check(classes);
            } catch (AssertionError failure) {
                failures.add(failure.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + rules.size() + " architecture rules are broken:"
                    + System.lineSeparator() + System.lineSeparator()
                    + String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    private static boolean isNotRuleSet(Location location) {
        return !location.contains("/io/leadflow/archfixture/")
                && !location.contains("/io/leadflow/kernel/architecture/");
    }
}
