package io.leadflow.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a fault matrix run starts and sends.
 *
 * @param embedded embedded PostgreSQL and AMQP broker (isolated, broker restart possible) or the external ones
 * @param vhost the RabbitMQ virtual host on external infrastructure, so that the run's queues are its own
 * @param apiKey the event source's API key for sending, or null for one an admin signed in at the local identity provider creates
 * @param token a reader's bearer token for reading back, or null for the reader signed in at the local identity provider
 * @param proxied the service whose PostgreSQL and broker connections go through fault-injecting proxies
 */
public record FaultMatrixOptions(
        Path home,
        String version,
        boolean embedded,
        int portBase,
        int leads,
        long rate,
        long seed,
        Path outDir,
        String vhost,
        String apiKey,
        String token,
        int kills,
        Duration drainTimeout,
        String proxied) {

    public static FaultMatrixOptions defaults(Path home, String version) {
        return new FaultMatrixOptions(
                home,
                version,
                true,
                24080,
                200,
                100,
                42,
                home.resolve("load-tests/target/load"),
                "leadflow_load",
                env("LEADFLOW_LOAD_API_KEY"),
                env("LEADFLOW_LOAD_TOKEN"),
                1,
                Duration.ofMinutes(3),
                "scoring-service");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
