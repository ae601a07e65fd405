package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.IdentityLinksContract;
import io.leadflow.kernel.LeadId;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcIdentityLinksContractIT extends IdentityLinksContract {

    private final DataSource db = ContractDatabase.empty();

    @Override
    protected IdentityLinks links() {
        return new JdbcIdentityLinks(JdbcClient.create(db));
    }

    @Override
    protected LeadId storedLead(String email) {
        return ContractDatabase.storedLead(db, email);
    }
}
