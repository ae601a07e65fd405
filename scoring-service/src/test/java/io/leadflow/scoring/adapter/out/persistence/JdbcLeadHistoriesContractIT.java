package io.leadflow.scoring.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadHistoriesContract;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.domain.Models;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLeadHistoriesContractIT extends LeadHistoriesContract {

    private final DataSource db = ContractDatabase.empty();
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final NamedParameterJdbcTemplate batch = new NamedParameterJdbcTemplate(db);
    private final JdbcLeadEventStore events = new JdbcLeadEventStore(jdbc, batch, ContractDatabase.JSON);

    @Test
    void a_person_who_objected_to_profiling_is_neither_replayed_nor_rated() {
        LeadId objected = new LeadId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
        LeadId allowed = new LeadId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
        leads().lock(objected, List.of(Models.defaultModel()));
        leads().lock(allowed, List.of(Models.defaultModel()));
        Instant at = Instant.parse("2026-11-02T09:00:00Z");
        new JdbcConsentRegister(jdbc)
                .keep(new ConsentChangedEvent(
                        EventMetadata.create(ConsentChangedEvent.TYPE, 1, objected, at, "it"),
                        false,
                        null,
                        null,
                        true,
                        at,
                        1));

        assertThat(histories().chunk(null, 10)).extracting(LeadHistory::leadId).containsExactly(allowed);
        assertThat(histories().lead(objected)).isEmpty();
        assertThat(histories().lead(allowed)).isPresent();
    }

    @Override
    protected LeadScoreRepository leads() {
        return new JdbcLeadScoreRepository(jdbc, batch, ContractDatabase.leadRows(db));
    }

    @Override
    protected LeadEventStore events() {
        return events;
    }

    @Override
    protected LeadHistories histories() {
        return new JdbcLeadHistories(jdbc, ContractDatabase.leadRows(db), events);
    }
}
