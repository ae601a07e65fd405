package io.leadflow.kernel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Coding hygiene, scoped to one service so that a rule never judges the libraries or fixtures that share its class
 * path.
 */
final class HygieneRules {

    private HygieneRules() {}

    static ArchRule noFieldInjection(ServiceLayout service) {
        return noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(service.all())
                .should()
                .beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .orShould()
                .beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
                .orShould()
                .beAnnotatedWith("jakarta.inject.Inject")
                .orShould()
                .beAnnotatedWith("jakarta.annotation.Resource")
                .because("constructor injection keeps dependencies explicit and final, and a class testable without"
                        + " a container; configuration values come from typed properties");
    }

    static ArchRule noStandardStreams(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.all())
                .should(ACCESS_STANDARD_STREAMS)
                .because("logs go through the logging framework as JSON without personal data; System.out, System.err"
                        + " and printStackTrace bypass it");
    }

    static ArchRule noGenericExceptions(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.all())
                .should(THROW_GENERIC_EXCEPTIONS)
                .because("a specific exception says what went wrong and lets an adapter answer with a precise"
                        + " problem detail");
    }

    static ArchRule noJavaUtilLogging(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.all())
                .should(USE_JAVA_UTIL_LOGGING)
                .because("one logging API (SLF4J, configured by Spring Boot) keeps log format, levels and"
                        + " correlation ids consistent");
    }
}
