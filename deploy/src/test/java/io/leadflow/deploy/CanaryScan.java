package io.leadflow.deploy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Looks for a piece of text (a person's e-mail address or name) everywhere the suite keeps data: every column of every
 * table in every database of the stack (the gateway's included; rows read as text, byte columns decoded), every queue
 * and dead-letter queue of the stack's streams on the broker (messages read and put back), and every log file. Answers
 * where it was found, so that a failing test says where.
 */
final class CanaryScan {

    private static final List<String> STREAMS = List.of(
            "lead.engagements",
            "lead.profiles",
            "lead.lifecycle",
            "lead.scores",
            "lead.privacy",
            "lead.privacy-receipts");
    private static final List<String> GROUPS =
            List.of("ingestion-service", "scoring-service", "handoff-service", "nurturing-service");

    private final StackConfig config;
    private final String vhost;
    private final Path logs;

    CanaryScan(StackConfig config, String vhost, Path logs) {
        this.config = config;
        this.vhost = vhost;
        this.logs = logs;
    }

    /** Every place the text was found, case-insensitively: {@code db.table.column}, {@code queue:name}, {@code log}. */
    List<String> find(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        found.addAll(databases(needle));
        found.addAll(queues(needle));
        found.addAll(logFiles(needle));
        return found;
    }

    private List<String> databases(String needle) {
        List<String> found = new ArrayList<>();
        for (String database : databaseNames()) {
            try (java.sql.Connection c = connect(database)) {
                List<String[]> columns = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("""
                                select table_schema, table_name, column_name, data_type from information_schema.columns
                                where table_schema not in ('pg_catalog', 'information_schema')
                                    and table_name in (select table_name from information_schema.tables
                                        where table_type = 'BASE TABLE')
                                order by 1, 2, 3""");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
                for (String[] col : columns) {
                    String column = "\"" + col[0] + "\".\"" + col[1] + "\"";
                    String value = "bytea".equals(col[3])
                            ? "encode(\"" + col[2] + "\", 'escape')"
                            : "\"" + col[2] + "\"::text";
                    try (PreparedStatement s = c.prepareStatement(
                            "select count(*) from " + column + " where strpos(lower(" + value + "), ?) > 0")) {
                        s.setString(1, needle);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(database + "." + col[1] + "." + col[2]);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot scan " + database + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    /** The stack's databases: every one whose name starts with its prefix (the gateway's included). */
    List<String> databaseNames() {
        List<String> names = new ArrayList<>();
        try (java.sql.Connection c = connect("postgres");
                PreparedStatement s = c.prepareStatement(
                        "select datname from pg_database where starts_with(datname, ?) order by 1")) {
            s.setString(1, config.databasePrefix());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the stack's databases: " + e.getMessage(), e);
        }
        return names;
    }

    private java.sql.Connection connect(String database) throws SQLException {
        StackConfig.Endpoint db = config.database();
        return DriverManager.getConnection(
                "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + database, db.user(), db.password());
    }

    /** Every queue of the streams' consumer groups and its DLQ: each message read unacknowledged, then put back. */
    private List<String> queues(String needle) {
        ConnectionFactory factory = new ConnectionFactory();
        StackConfig.Endpoint broker = config.broker();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.user());
        factory.setPassword(broker.password());
        factory.setVirtualHost(vhost);
        List<String> found = new ArrayList<>();
        try (Connection connection = factory.newConnection()) {
            for (String queue : queueNames()) {
                try (Channel channel = connection.createChannel()) {
                    channel.queueDeclarePassive(queue);
                    GetResponse message;
                    while ((message = channel.basicGet(queue, false)) != null) {
                        String body = new String(message.getBody(), StandardCharsets.UTF_8) + " "
                                + message.getProps().getHeaders();
                        if (body.toLowerCase(Locale.ROOT).contains(needle)) {
                            found.add("queue:" + queue);
                            break;
                        }
                    }
                    // closing the channel puts every unacknowledged message back
                } catch (IOException e) {
                    // no such queue in this run (the channel was closed by the broker)
                } catch (TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot read the broker's queues: " + e.getMessage(), e);
        }
        return found;
    }

    static List<String> queueNames() {
        List<String> names = new ArrayList<>();
        for (String stream : STREAMS) {
            for (String group : GROUPS) {
                names.add(stream + "." + group);
                names.add(stream + "." + group + ".dlq");
            }
        }
        return names;
    }

    /** The log files that hold the text, case-insensitively. */
    List<String> findInLogs(String text) {
        return logFiles(text.toLowerCase(Locale.ROOT));
    }

    private List<String> logFiles(String needle) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                if (text.contains(needle)) {
                    found.add("log:" + file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the logs: " + e.getMessage(), e);
        }
        return found;
    }
}
