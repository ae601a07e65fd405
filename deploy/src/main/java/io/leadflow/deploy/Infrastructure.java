package io.leadflow.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL and RabbitMQ the suite runs against: checked before anything starts, databases made ready. */
final class Infrastructure {

    private Infrastructure() {}

    static void requireReachable(StackConfig config) {
        requireListening(
                "PostgreSQL", config.database().host(), config.database().port());
        requireListening("RabbitMQ", config.broker().host(), config.broker().port());
    }

    /** Creates each service's database when missing; with fresh databases, drops them first. */
    static void prepareDatabases(StackConfig config) {
        StackConfig.Endpoint db = config.database();
        String admin = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, db.user(), db.password())) {
            for (SuiteService service : SuiteService.WITH_DATABASES) {
                String name = config.databasePrefix() + service.database();
                if (config.freshDatabases()) {
                    execute(connection, "drop database if exists " + name + " with (force)");
                }
                if (!exists(connection, name)) {
                    execute(connection, "create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new StackException("cannot prepare the databases on " + db.host() + ":" + db.port() + " as "
                    + db.user() + ": " + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireListening(String what, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            throw new StackException(what + " is not reachable on " + host + ":" + port
                    + "; start it (bash .ci/run shows how on Debian) or point LEADFLOW_"
                    + (what.equals("RabbitMQ") ? "RABBIT" : "DB") + "_HOST/_PORT at it");
        }
    }
}
