package io.leadflow.kernel.architecture;

import static io.leadflow.kernel.architecture.Fixtures.assertFails;
import static io.leadflow.kernel.architecture.Fixtures.violating;

import org.junit.jupiter.api.Test;

class HygieneRulesTest {

    @Test
    void injection_rule_fails_when_a_field_is_autowired() {
        String root = violating("fieldinjection");
        assertFails(LeadFlowArchitecture.noFieldInjection(root), root)
                .hasMessageContaining(root + ".adapter.in.web.ThingController.clock");
    }

    @Test
    void stream_rule_fails_when_a_class_prints_to_system_out() {
        String root = violating("printsstdout");
        assertFails(LeadFlowArchitecture.noStandardStreams(root), root)
                .hasMessageContaining(root + ".domain.ThingPrinter")
                .hasMessageContaining("System.out");
    }

    @Test
    void exception_rule_fails_when_a_class_throws_a_runtime_exception() {
        String root = violating("throwsgeneric");
        assertFails(LeadFlowArchitecture.noGenericExceptions(root), root)
                .hasMessageContaining(root + ".domain.Thing")
                .hasMessageContaining("java.lang.RuntimeException");
    }

    @Test
    void logging_rule_fails_when_a_class_uses_java_util_logging() {
        String root = violating("usesjul");
        assertFails(LeadFlowArchitecture.noJavaUtilLogging(root), root)
                .hasMessageContaining(root + ".adapter.out.messaging.ThingPublisher.LOG");
    }
}
