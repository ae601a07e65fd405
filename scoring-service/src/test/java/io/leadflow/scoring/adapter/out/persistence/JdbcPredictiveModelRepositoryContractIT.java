package io.leadflow.scoring.adapter.out.persistence;

import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepository;
import io.leadflow.scoring.application.port.out.predictive.PredictiveModelRepositoryContract;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcPredictiveModelRepositoryContractIT extends PredictiveModelRepositoryContract {

    private final PredictiveModelRepository models =
            new JdbcPredictiveModelRepository(JdbcClient.create(ContractDatabase.empty()), ContractDatabase.JSON);

    @Override
    protected PredictiveModelRepository models() {
        return models;
    }
}
