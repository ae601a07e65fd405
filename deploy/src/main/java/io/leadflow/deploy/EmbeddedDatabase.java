package io.leadflow.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL (zonky's packaged binaries) in {@code <dataDir>/postgres}, kept across restarts, so the local
 * run needs nothing installed but a JDK. Its JVM shutdown hook is off: {@link LocalStack} stops it last, after the
 * services that use it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(StackConfig config) {
        int port = config.database().port();
        Ports.requireFree(port, "the embedded PostgreSQL", "choose another one with --db-port");
        Path dataDir = config.dataDir().resolve("postgres");
        Path log = config.dataDir().resolve("logs").resolve("postgres.log");
        try {
            Files.createDirectories(log.getParent());
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    // this machine only, whatever --bind says: the services are its only clients
                    .setServerConfig("listen_addresses", StackConfig.LOOPBACK)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new StackException("the embedded PostgreSQL did not start in " + dataDir + ": " + e.getMessage()
                    + "\n  (its log: " + log + "; is another ./leadflow using the same --data-dir?)");
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StackException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
