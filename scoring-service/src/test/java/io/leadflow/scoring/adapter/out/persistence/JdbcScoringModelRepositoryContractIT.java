package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.port.out.ScoringModelRepositoryContract;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The adapter as built by hand, without the seeding of the default model that Spring triggers on start. */
class JdbcScoringModelRepositoryContractIT extends ScoringModelRepositoryContract {

    private final ScoringModelRepository models =
            new JdbcScoringModelRepository(JdbcClient.create(ContractDatabase.empty()), ContractDatabase.JSON);

    @Override
    protected ScoringModelRepository models() {
        return models;
    }
}
