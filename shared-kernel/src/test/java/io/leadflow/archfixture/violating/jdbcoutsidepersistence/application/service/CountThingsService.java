package io.leadflow.archfixture.violating.jdbcoutsidepersistence.application.service;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** java.sql passes the application rule (it is the JDK), so only the placement rule catches this. */
class CountThingsService {

    private final DataSource dataSource;

    CountThingsService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean reachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }
}
