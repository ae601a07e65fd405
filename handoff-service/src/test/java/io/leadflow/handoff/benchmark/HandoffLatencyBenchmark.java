package io.leadflow.handoff.benchmark;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.handoff.HandoffApplication;
import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsCommand;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.support.testing.GatewayTokens;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time from a LeadQualified published on lead.lifecycle to the signed webhook arriving at the rep's (local) receiver,
 * at a fixed rate, through the real service (RabbitMQ consumer, PostgreSQL, delivery worker, HTTP). Not a test.
 * Run: see docs/benchmarks.md (## handoff-service). Arguments: rate per second (100), seconds (30), then any
 * Spring property overrides ({@code --name=value}).
 */
public final class HandoffLatencyBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffLatencyBenchmark.class);

    private HandoffLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = rate * 3;
        String group = "handoff-bench-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Long> published = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        JsonMapper json = JsonMapper.builder().build();

        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            String lead = json.readTree(exchange.getRequestBody().readAllBytes())
                    .get("leadId")
                    .asString();
            arrived.putIfAbsent(lead, now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        // as command-line arguments: they win over application.yml, default properties would not
        List<String> springArgs = new ArrayList<>(List.of(
                "--spring.datasource.url=" + LocalDatabases.recreate("leadflow_test_handoff"),
                "--server.port=0",
                "--logging.level.root=WARN",
                "--leadflow.notifications.allowed-hosts=127.0.0.1",
                "--spring.cloud.stream.bindings.onLifecycleEvent-in-0.group=" + group,
                "--spring.cloud.stream.bindings.onProfileEvent-in-0.group=" + group,
                "--spring.cloud.stream.rabbit.bindings.onLifecycleEvent-in-0.consumer.expires=600000",
                "--spring.cloud.stream.rabbit.bindings.onProfileEvent-in-0.consumer.expires=600000",
                "--spring.cloud.stream.bindings[lead.lifecycle].producer.required-groups=" + group,
                "--spring.cloud.stream.rabbit.bindings[lead.lifecycle].producer.expires=600000"));
        // further arguments are Spring properties to try, e.g. --leadflow.webhooks.poll-interval=100ms
        springArgs.add("--leadflow.security.gateway-token.jwk-set-uri=" + GatewayTokens.jwkSetUri());
        springArgs.addAll(List.of(args).subList(Math.min(2, args.length), args.length));
        ConfigurableApplicationContext app =
                new SpringApplicationBuilder(HandoffApplication.class).run(springArgs.toArray(String[]::new));
        try {
            RegisterRepUseCase register = app.getBean(RegisterRepUseCase.class);
            UpdateRepDetailsUseCase updateRepDetails = app.getBean(UpdateRepDetailsUseCase.class);
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            for (int i = 0; i < 20; i++) {
                var rep = register.registerRep(new RegisterRepCommand(
                        "Rep " + i, EmailAddress.of("rep" + i + "@bench.example"), WebhookUrl.parse(hook), true));
                updateRepDetails.updateRepDetails(new UpdateRepDetailsCommand(
                        new RepId(rep.id()), null, null, true, null, null, null, null, 10_000, 1, null, null));
            }
            CachingConnectionFactory connections = new CachingConnectionFactory("localhost");
            RabbitTemplate rabbit = new RabbitTemplate(connections);
            AtomicInteger sent = new AtomicInteger();
            int total = warmup + rate * seconds;
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            ticker.scheduleAtFixedRate(
                    () -> {
                        int n = sent.getAndIncrement();
                        if (n >= total) {
                            return;
                        }
                        LeadId lead = LeadId.newId();
                        LeadQualifiedEvent event = new LeadQualifiedEvent(
                                EventMetadata.create(LeadQualifiedEvent.TYPE, 1, lead, Instant.now(), "bench-" + n),
                                "default",
                                1,
                                80,
                                "A",
                                2,
                                n % 3 == 0,
                                List.of("demo requested"),
                                "smb",
                                null,
                                "web",
                                "bench");
                        Message message = MessageBuilder.withBody(json.writeValueAsBytes(event))
                                .setContentType("application/json")
                                .setHeader(
                                        MessageHeaders.EVENT_ID,
                                        event.metadata().eventId().toString())
                                .setHeader(MessageHeaders.EVENT_TYPE, LeadQualifiedEvent.TYPE)
                                .setHeader(MessageHeaders.LEAD_ID, lead.toString())
                                .setHeader(MessageHeaders.CORRELATION_ID, "bench-" + n)
                                .build();
                        if (n >= warmup) {
                            published.put(lead.toString(), System.nanoTime());
                        }
                        rabbit.send(EventStreams.LIFECYCLE, EventStreams.LIFECYCLE, message);
                    },
                    0,
                    1_000_000 / rate,
                    TimeUnit.MICROSECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 60L);
            while (System.nanoTime() < deadline
                    && (sent.get() < total || !arrived.keySet().containsAll(published.keySet()))) {
                Thread.sleep(200);
            }
            ticker.shutdownNow();
            List<Double> latencies = new ArrayList<>();
            published.forEach((lead, at) -> {
                Long got = arrived.get(lead);
                if (got != null) {
                    latencies.add((got - at) / 1e6);
                }
            });
            LOG.warn(
                    "LeadQualified -> webhook at {}/s for {} s: {} (missing {})",
                    rate,
                    seconds,
                    Percentiles.summary(latencies),
                    published.size() - latencies.size());
            System.err.println("RESULT latency " + rate + "/s: " + Percentiles.summary(latencies) + " missing="
                    + (published.size() - latencies.size()));
            connections.destroy();
        } finally {
            app.close();
            receiver.stop(0);
        }
        System.exit(0);
    }
}
