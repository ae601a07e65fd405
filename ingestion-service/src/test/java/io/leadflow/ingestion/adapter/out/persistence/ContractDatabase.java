package io.leadflow.ingestion.adapter.out.persistence;

import io.leadflow.ingestion.domain.Contact;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.testing.MigratedDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database the JDBC adapters' contract tests run on: created fresh and migrated by Flyway once per test JVM, then
 * emptied before every test, so each test sees only what it stored. No Spring context: the adapters are built by
 * hand.
 */
final class ContractDatabase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final MigratedDatabase DATABASE = new MigratedDatabase("leadflow_test_ingestion_contract");

    private ContractDatabase() {}

    /** The emptied database. */
    static synchronized DataSource empty() {
        return DATABASE.emptied();
    }

    /** A contact stored through the real adapter, for ports whose rows refer to leads. */
    static LeadId storedLead(DataSource db, String email) {
        Contact contact = Contact.firstSeen(EmailAddress.of(email));
        new JdbcContactRepository(JdbcClient.create(db), new JdbcTemplate(db), JSON).addAllIfAbsent(List.of(contact));
        return contact.leadId();
    }
}
