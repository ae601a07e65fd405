package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackFaultsTest {

    private final LocalStack stack = LocalStack.of(StackConfig.defaults(Path.of("."), "0.0.0-test"));

    @Test
    void only_a_service_module_can_have_a_replica_not_the_gateway() {
        assertThatThrownBy(() -> stack.faults().startReplica("gateway"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("no service module gateway");
    }

    @Test
    void a_replica_needs_the_stack_running_first() {
        assertThatThrownBy(() -> stack.faults().startReplica("handoff-service"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("not running");
    }

    @Test
    void a_replica_that_was_never_started_cannot_be_killed() {
        assertThatThrownBy(() -> stack.faults().kill("handoff-service-2"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("no running handoff-service-2");
    }
}
