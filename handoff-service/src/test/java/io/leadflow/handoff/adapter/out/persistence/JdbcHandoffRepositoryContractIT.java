package io.leadflow.handoff.adapter.out.persistence;

import static io.leadflow.handoff.application.port.out.HandoffTestData.anUnassignedHandoff;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.HandoffRepositoryContract;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcHandoffRepositoryContractIT extends HandoffRepositoryContract {

    private final JdbcClient jdbc = ContractDatabase.empty();

    @Test
    void a_waiting_hand_off_of_a_person_who_objected_to_profiling_takes_no_place_in_a_round() {
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        LeadId objected = LeadId.newId();
        Handoff kept = anUnassignedHandoff(objected, at);
        Handoff next = anUnassignedHandoff(LeadId.newId(), at.plusSeconds(1));
        handoffs().add(kept);
        handoffs().add(next);
        new JdbcConsentRegister(jdbc)
                .keep(new ConsentChangedEvent(
                        EventMetadata.create(ConsentChangedEvent.TYPE, 1, objected, at, "it"),
                        false,
                        null,
                        null,
                        true,
                        at,
                        1));

        assertThat(handoffs().findUnassigned(1)).containsExactly(next.id());
    }

    @Override
    protected HandoffRepository handoffs() {
        return new JdbcHandoffRepository(jdbc, ContractDatabase.JSON);
    }

    @Override
    protected SalesRep storedRep(String name) {
        return ContractDatabase.storedRep(jdbc, name);
    }
}
