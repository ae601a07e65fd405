package io.leadflow.nurturing;

import io.leadflow.kernel.architecture.LeadFlowArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_service_keeps_the_architecture_rules() {
        LeadFlowArchitecture.checkService("io.leadflow.nurturing");
    }
}
