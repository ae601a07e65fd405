package io.leadflow.kernel.architecture;

import static io.leadflow.kernel.architecture.Fixtures.COMPLIANT;
import static io.leadflow.kernel.architecture.Fixtures.VIOLATING;
import static io.leadflow.kernel.architecture.Fixtures.assertFails;
import static io.leadflow.kernel.architecture.Fixtures.classesOf;
import static io.leadflow.kernel.architecture.Fixtures.violating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeadFlowArchitectureTest {

    private static final String NOTHING_HERE = "io.leadflow.archfixture.nothinghere";

    static Stream<Named<ArchRule>> serviceRulesForTheCompliantService() {
        return LeadFlowArchitecture.forService(COMPLIANT).stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @ParameterizedTest
    @MethodSource("serviceRulesForTheCompliantService")
    void every_service_rule_passes_on_the_compliant_service_by_checking_its_classes(ArchRule rule) {
        // no emptiness allowed here: each rule must have really looked at something
        assertThatCode(() -> rule.allowEmptyShould(false).check(classesOf(COMPLIANT)))
                .doesNotThrowAnyException();
    }

    @Test
    void kernel_rule_passes_on_the_real_kernel() {
        JavaClasses kernel = LeadFlowArchitecture.importService(LeadFlowArchitecture.KERNEL_ROOT);

        assertThat(kernel).isNotEmpty();
        assertThatCode(() -> LeadFlowArchitecture.kernelDependsOnlyOnJava().check(kernel))
                .doesNotThrowAnyException();
    }

    @Test
    void kernel_rule_fails_when_kernel_code_uses_spring() {
        String pretendKernel = violating("kernelusesspring");
        assertFails(LeadFlowArchitecture.plainJava(pretendKernel + ".."), pretendKernel)
                .hasMessageContaining(pretendKernel + ".Money")
                .hasMessageContaining("org.springframework.util.Assert");
    }

    @Test
    void a_service_without_classes_fails_every_rule() {
        JavaClasses nothing = classesOf(NOTHING_HERE);

        assertThat(nothing).isEmpty();
        assertThat(LeadFlowArchitecture.forService(NOTHING_HERE))
                .isNotEmpty()
                .allSatisfy(
                        rule -> assertThatThrownBy(() -> rule.check(nothing)).isInstanceOf(AssertionError.class));
    }

    @Test
    void checking_a_service_that_does_not_exist_fails() {
        assertThatThrownBy(() -> LeadFlowArchitecture.checkService(NOTHING_HERE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("architecture rules are broken");
    }

    @Test
    void checking_all_rules_reports_every_broken_rule_at_once() {
        assertThatThrownBy(() ->
                        LeadFlowArchitecture.checkAll(LeadFlowArchitecture.forService(VIOLATING), classesOf(VIOLATING)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("architecture rules are broken")
                .hasMessageContaining("System.out")
                .hasMessageContaining("java.lang.RuntimeException")
                .hasMessageContaining("ThingPublisher.LOG")
                .hasMessageContaining("ThingController.clock");
    }

    @Test
    void importing_a_service_leaves_out_tests_and_the_rule_fixtures() {
        assertThat(classesOf("io.leadflow.archfixture")).isNotEmpty();
        assertThat(LeadFlowArchitecture.importService("io.leadflow.archfixture"))
                .isEmpty();
        assertThat(new ClassFileImporter()
                        .withImportOption(LeadFlowArchitecture.DO_NOT_INCLUDE_RULE_SET)
                        .importPackages("io.leadflow.archfixture", "io.leadflow.kernel.architecture"))
                .isEmpty();
    }

    @Test
    void a_service_root_is_a_plain_package_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> LeadFlowArchitecture.forService("io.leadflow.scoring.."));
    }
}
