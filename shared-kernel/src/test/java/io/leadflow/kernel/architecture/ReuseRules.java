package io.leadflow.kernel.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * What a service takes from {@code service-support} instead of writing it again. The copies this rule keeps out had
 * drifted apart before they were made one (only one relay stopped on shutdown, only one reader decoded byte headers),
 * so a service that needs more from the outbox, the reader or the signer changes the shared code.
 */
final class ReuseRules {

    /** Endings of the names of infrastructure that lives in {@code io.leadflow.support} alone. */
    static final List<String> SHARED_INFRASTRUCTURE = List.of(
            "OutboxRelay",
            "OutboxWriter",
            "OutboxPacking",
            "IntegrationEventReader",
            "CorrelationIdFilter",
            "CorrelationIdInterceptor",
            "CurrentTrace",
            "WebhookSigner",
            "WebhookTargetGuard");

    private ReuseRules() {}

    static ArchRule serviceUsesSharedInfrastructure(ServiceLayout service) {
        return noClasses()
                .that()
                .resideInAPackage(service.all())
                .should(be(namedLikeSharedInfrastructure()))
                .because("the outbox, the event reader, correlation, tracing and webhook signing are written once in"
                        + " service-support (io.leadflow.support); a service's own copy would drift from the others");
    }

    private static DescribedPredicate<JavaClass> namedLikeSharedInfrastructure() {
        return DescribedPredicate.describe(
                "named like shared infrastructure (*" + String.join(", *", SHARED_INFRASTRUCTURE) + ")",
                javaClass -> SHARED_INFRASTRUCTURE.stream().anyMatch(javaClass.getSimpleName()::endsWith));
    }
}
