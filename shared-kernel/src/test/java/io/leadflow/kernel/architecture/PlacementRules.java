package io.leadflow.kernel.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where use cases, controllers, persistence types and mappers live. Annotations are named, not referenced, so the
 * test-jar needs neither Spring, Jakarta nor MapStruct at run time.
 */
final class PlacementRules {

    private static final String MAPSTRUCT_MAPPER = "org.mapstruct.Mapper";
    private static final String CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    private static final String SCHEDULED = "org.springframework.scheduling.annotation.Scheduled";
    private static final String JPA_ENTITY = "jakarta.persistence.Entity";
    private static final DescribedPredicate<JavaClass> PERSISTENCE_API = resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "org.springframework.jdbc..",
            "org.springframework.data.jdbc..",
            "org.springframework.data.jpa..",
            "jakarta.persistence..");

    private PlacementRules() {}

    static ArchRule useCasesAreInterfacesInPortIn(ServiceLayout service) {
        // records named *Query are parameter objects, not ports, and may live wherever they are needed
        return classes()
                .that()
                .resideInAPackage(service.all())
                .and(DescribedPredicate.<JavaClass>or(simpleNameEndingWith("UseCase"), simpleNameEndingWith("Query")))
                .and()
                .areTopLevelClasses()
                .and()
                .areNotRecords()
                .should()
                .beInterfaces()
                .andShould()
                .resideInAPackage(service.portIn())
                .because("a use case is a driving port: an interface in application.port.in that adapters call and"
                        + " a package-private service implements");
    }

    static ArchRule controllersInWebAdapter(ServiceLayout service) {
        // predicates are joined with the static DescribedPredicate.or: annotatedWith(..).or(simpleNameEndingWith(..))
        // compiles to that very static varargs method, called through the instance, which silently drops the left side
        return classes()
                .that()
                .resideInAPackage(service.all())
                .and(DescribedPredicate.<JavaClass>or(
                                annotatedWith(CONTROLLER),
                                annotatedWith(REST_CONTROLLER),
                                metaAnnotatedWith(CONTROLLER),
                                simpleNameEndingWith("Controller"))
                        .as("are controllers"))
                .should()
                .resideInAPackage(service.web())
                .because("HTTP is a driving adapter: controllers live in adapter.in.web and call use cases");
    }

    static ArchRule persistenceTypesInPersistenceAdapter(ServiceLayout service) {
        return classes()
                .that()
                .resideInAPackage(service.all())
                .and(DescribedPredicate.<JavaClass>or(usePersistenceApi(), annotatedWith(JPA_ENTITY))
                        .as("use JDBC or JPA"))
                .should()
                .resideInAnyPackage(service.persistence(), service.config())
                .because("the database is a driven adapter: JDBC and JPA stay in adapter.out.persistence (the"
                        + " transactional outbox is service-support's, behind the service's publisher; a data source"
                        + " may be wired in config), so the rest of the service does not know how it is stored");
    }

    static ArchRule scheduledWorkInSchedulingAdapter(ServiceLayout service) {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(service.all())
                .and()
                .areAnnotatedWith(SCHEDULED)
                .should()
                .beDeclaredInClassesThat()
                .resideInAnyPackage(service.scheduling(), service.config())
                .because("the clock is a driving adapter: scheduled workers live in adapter.in.scheduling and call"
                        + " use cases, so a driven adapter only answers its port and never decides when to work");
    }

    static ArchRule mappersInsideAdapters(ServiceLayout service) {
        return classes()
                .that()
                .resideInAPackage(service.all())
                .and(mapstructMappers())
                .should()
                .resideInAPackage(service.adapters())
                .because("MapStruct maps between an adapter's types and the application's; domain objects are"
                        + " built through their constructors, never by a mapper calling setters")
                // not allowed to be empty: every service maps its web bodies with MapStruct, so a service whose
                // rule sees no mapper has either gone back to mapping by hand or stopped seeing its mappers
                .allowEmptyShould(false);
    }

    /** Classes annotated with MapStruct's {@code @Mapper}, and the implementations MapStruct generates for them. */
    private static DescribedPredicate<JavaClass> mapstructMappers() {
        return DescribedPredicate.describe(
                "are MapStruct mappers (annotated with @Mapper, or implementing one)",
                javaClass -> javaClass.isAnnotatedWith(MAPSTRUCT_MAPPER)
                        || javaClass.getAllRawInterfaces().stream()
                                .anyMatch(type -> type.isAnnotatedWith(MAPSTRUCT_MAPPER))
                        || javaClass.getAllRawSuperclasses().stream()
                                .anyMatch(type -> type.isAnnotatedWith(MAPSTRUCT_MAPPER)));
    }

    private static DescribedPredicate<JavaClass> usePersistenceApi() {
        return DescribedPredicate.describe(
                "use JDBC",
                javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .map(JavaClass::getBaseComponentType)
                        .anyMatch(PERSISTENCE_API));
    }
}
