package io.leadflow.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only look into one service's outbox, for what the public API does not show: what each row carried along. */
final class OutboxRows {

    private final StackConfig config;

    OutboxRows(StackConfig config) {
        this.config = config;
    }

    /** The W3C traceparent stored with each of one service's outbox rows about a lead (null for a row without). */
    List<String> traceparents(String service, String leadId) {
        StackConfig.Endpoint db = config.database();
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + config.databasePrefix() + service;
        List<String> traceparents = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, db.user(), db.password());
                PreparedStatement statement =
                        connection.prepareStatement("select traceparent from outbox_event where lead_id = ?::uuid")) {
            statement.setString(1, leadId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    traceparents.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + service + "'s outbox: " + e.getMessage(), e);
        }
        return traceparents;
    }
}
