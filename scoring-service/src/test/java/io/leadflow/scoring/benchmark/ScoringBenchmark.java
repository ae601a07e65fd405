package io.leadflow.scoring.benchmark;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.scoring.ScoringApplication;
import io.leadflow.scoring.application.port.in.BacktestCommand;
import io.leadflow.scoring.application.port.in.BacktestReport;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.ChangeModelStatusCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelCommand;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RescoringView;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementsCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsUseCase;
import io.leadflow.support.testing.GatewayTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scoring benchmarks (results in docs/benchmarks.md): real-time events scored per second through the use case on
 * the real PostgreSQL; the cost of one more event for a lead with 10 and with 10,000 prior events; re-scoring and
 * backtesting 1,000,000 stored events. Not a test: run it by hand (command in docs/benchmarks.md). It uses the IT
 * database leadflow_test_scoring, recreated. Optional argument: the number of stored events (default 1,000,000; 0
 * skips seeding, re-scoring and the backtest).
 */
public final class ScoringBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger("benchmark");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final EngagementType[] TYPES = {
        EngagementType.EMAIL_OPENED,
        EngagementType.EMAIL_CLICKED,
        EngagementType.WEBSITE_VISITED,
        EngagementType.CONTENT_DOWNLOADED,
        EngagementType.WEBINAR_ATTENDED,
        EngagementType.PRICING_PAGE_VISITED
    };

    private ScoringBenchmark() {}

    public static void main(String[] args) throws Exception {
        long stored = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        String url = LocalDatabases.recreate("leadflow_test_scoring");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScoringApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--leadflow.security.gateway-token.jwk-set-uri=" + GatewayTokens.jwkSetUri(),
                        "--leadflow.rescoring.poll-interval=100ms",
                        "--spring.datasource.hikari.maximum-pool-size=12",
                        "--logging.level.root=WARN",
                        "--logging.level.benchmark=INFO")) {
            ScoreEngagementUseCase scoring = app.getBean(ScoreEngagementUseCase.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            LOG.info(
                    "machine: {} cores, java {}",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));

            throughput(scoring);
            throughputInMessages(app.getBean(ScoreEngagementsUseCase.class), 100);
            costPerEvent(scoring, jdbc);
            if (stored > 0) {
                seed(jdbc, stored);
                rescore(app);
                backtest(app);
            }
        }
    }

    private static ScoreEngagementCommand event(LeadId lead, int i) {
        return new ScoreEngagementCommand(
                UUID.randomUUID(),
                lead,
                TYPES[i % TYPES.length],
                null,
                Channel.EMAIL,
                "bench",
                "c" + (i % 7),
                Map.of("contentType", i % 3 == 0 ? "case-study" : "ebook"),
                BASE.plusSeconds(i * 3600L),
                "bench");
    }

    private static void throughput(ScoreEngagementUseCase scoring) throws Exception {
        int threads = 4;
        int perThread = 2_500;
        List<LeadId> leads = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            leads.add(LeadId.newId());
        }
        for (int i = 0; i < 200; i++) {
            scoring.scoreEngagement(event(leads.get(i % leads.size()), i)); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    scoring.scoreEngagement(event(leads.get((i * threads + offset) % leads.size()), i));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        LOG.info(
                "real-time scoring: {} events on 1,000 leads with {} threads in {} s = {} events/s",
                threads * perThread,
                threads,
                String.format("%.1f", seconds),
                String.format("%.0f", threads * perThread / seconds));
    }

    /** The same load as {@link #throughput}, as lead.engagements messages of {@code perMessage} events each. */
    private static void throughputInMessages(ScoreEngagementsUseCase scoring, int perMessage) throws Exception {
        int threads = 4;
        int perThread = 2_500;
        List<LeadId> leads = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            leads.add(LeadId.newId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> {
                List<ScoreEngagementCommand> message = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    message.add(event(leads.get((i * threads + offset) % leads.size()), i));
                    if (message.size() == perMessage || i == perThread - 1) {
                        scoring.scoreEngagements(new ScoreEngagementsCommand(message));
                        message = new ArrayList<>();
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        LOG.info(
                "real-time scoring in messages of {}: {} events on 1,000 leads with {} threads in {} s = {} events/s",
                perMessage,
                threads * perThread,
                threads,
                String.format("%.1f", seconds),
                String.format("%.0f", threads * perThread / seconds));
    }

    private static void costPerEvent(ScoreEngagementUseCase scoring, JdbcClient jdbc) {
        LeadId small = LeadId.newId();
        LeadId big = LeadId.newId();
        storeHistory(jdbc, small, 10);
        storeHistory(jdbc, big, 10_000);
        // the first event builds each lead's state from its history once; the measured ones are incremental
        scoring.scoreEngagement(event(small, 0));
        scoring.scoreEngagement(event(big, 0));
        int rounds = 500;
        long smallNanos = 0;
        long bigNanos = 0;
        for (int i = 1; i <= rounds; i++) {
            long a = System.nanoTime();
            scoring.scoreEngagement(event(small, 20_000 + i));
            long b = System.nanoTime();
            scoring.scoreEngagement(event(big, 20_000 + i));
            long c = System.nanoTime();
            smallNanos += b - a;
            bigNanos += c - b;
        }
        LOG.info(
                "cost per event: {} ms with 10 prior events, {} ms with 10,000 prior events (ratio {})",
                String.format("%.2f", smallNanos / 1e6 / rounds),
                String.format("%.2f", bigNanos / 1e6 / rounds),
                String.format("%.2f", (double) bigNanos / smallNanos));
    }

    private static void storeHistory(JdbcClient jdbc, LeadId lead, int events) {
        jdbc.sql("insert into lead_state (lead_id) values (:lead)")
                .param("lead", lead.value())
                .update();
        jdbc.sql("""
                insert into lead_event (event_id, lead_id, occurred_at, type, channel, campaign)
                select gen_random_uuid(), :lead, timestamptz '2025-01-01' + g * interval '1 hour',
                    (array['EMAIL_OPENED','EMAIL_CLICKED','WEBSITE_VISITED','CONTENT_DOWNLOADED'])[1 + g % 4],
                    'EMAIL', 'c' || (g % 7)
                from generate_series(1, :events) g""").param("lead", lead.value()).param("events", events).update();
    }

    private static void seed(JdbcClient jdbc, long events) {
        long leads = Math.max(1, events / 50);
        long start = System.nanoTime();
        jdbc.sql("""
                insert into lead_state (lead_id, profile, profile_at)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
                    jsonb_build_object('country', (array['DE','FR','US','GB'])[1 + g % 4],
                        'company.employees', (g % 900)::text, 'department', 'IT', 'freeMail', 'false'),
                    timestamptz '2026-01-01'
                from generate_series(1, :leads) g""").param("leads", leads).update();
        jdbc.sql("""
                insert into lead_event (event_id, lead_id, occurred_at, type, channel, campaign, properties)
                select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % :leads), 12, '0'))::uuid,
                    timestamptz '2026-01-01' + (g % 8760) * interval '1 hour',
                    (array['EMAIL_OPENED','EMAIL_CLICKED','WEBSITE_VISITED','CONTENT_DOWNLOADED','WEBINAR_ATTENDED',
                        'PRICING_PAGE_VISITED'])[1 + g % 6],
                    (array['EMAIL','WEBSITE','CONTENT_FORM','WEBINAR'])[1 + g % 4], 'c' || (g % 12),
                    case when g % 5 = 0 then '{"contentType":"case-study"}'::jsonb end
                from generate_series(1, :events) g""").param("leads", leads).param("events", events).update();
        jdbc.sql("""
                insert into timeline (event_id, lead_id, from_stage, to_stage, reason, actor, occurred_at)
                select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'NEW',
                    'SAL', 'bench', 'handoff-service', timestamptz '2026-06-01'
                from generate_series(1, :leads, 3) g""").param("leads", leads).update();
        jdbc.sql("analyze").update();
        LOG.info(
                "seeded {} stored events on {} leads in {} s",
                events,
                leads,
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    private static final String CANDIDATE = """
            {"id": "default", "threshold": 60, "decay": {"halfLifeDays": 90},
             "segment": {"name": "all", "priority": 0},
             "fastTrack": {"events": [{"type": "DEMO_REQUESTED"}], "minFitGrade": "B"},
             "rules": [
               {"id": "big", "category": "fit", "condition": {"attribute": "company.employees", "op": "range",
                "min": 200}, "points": 10},
               {"id": "opened", "category": "behaviour", "event": {"type": "EMAIL_OPENED"}, "points": 2, "cap": 10},
               {"id": "clicked", "category": "behaviour", "event": {"type": "EMAIL_CLICKED"}, "points": 5, "cap": 20},
               {"id": "visit", "category": "behaviour", "event": {"type": "WEBSITE_VISITED"}, "points": 8, "cap": 24},
               {"id": "pricing", "category": "behaviour", "event": {"type": "PRICING_PAGE_VISITED"}, "points": 12},
               {"id": "webinar", "category": "behaviour", "event": {"type": "WEBINAR_ATTENDED"}, "points": 20},
               {"id": "two-case-studies", "category": "behaviour",
                "conditions": [{"attribute": "department", "op": "equals", "value": "IT"}],
                "event": {"type": "CONTENT_DOWNLOADED", "properties": [{"attribute": "contentType", "op": "equals",
                  "value": "case-study"}]}, "count": {"atLeast": 2, "withinDays": 30}, "points": 20}]}""";

    private static ModelVersionView candidate(ConfigurableApplicationContext app) {
        tools.jackson.databind.json.JsonMapper json = app.getBean(tools.jackson.databind.json.JsonMapper.class);
        return app.getBean(DraftScoringModelUseCase.class)
                .draft(new DraftScoringModelCommand("default", null, json.readValue(CANDIDATE, Object.class)));
    }

    private static void backtest(ConfigurableApplicationContext app) {
        ModelVersionView draft = candidate(app);
        long start = System.nanoTime();
        BacktestReport report = app.getBean(BacktestScoringModelUseCase.class)
                .backtest(new BacktestCommand(
                        "default",
                        draft.version(),
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-12-31T00:00:00Z")));
        LOG.info(
                "backtest: {} leads, {} events, both versions, in {} s; candidate qualified {}, published {}",
                report.leads(),
                report.events(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9),
                report.candidate().qualified(),
                report.published().qualified());
    }

    private static void rescore(ConfigurableApplicationContext app) throws InterruptedException {
        ModelVersionView draft = candidate(app);
        long start = System.nanoTime();
        RescoringView run = app.getBean(PublishScoringModelUseCase.class)
                .publish(new ChangeModelStatusCommand("default", draft.version(), "benchmark@leadflow.test"));
        FindScoringModelQuery models = app.getBean(FindScoringModelQuery.class);
        RescoringView progress = run;
        while (!progress.finished()) {
            Thread.sleep(Duration.ofMillis(200));
            progress = models.rescoring("default", draft.version());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = app.getBean(JdbcClient.class)
                .sql("select count(*) from lead_event")
                .query(Long.class)
                .single();
        LOG.info(
                "re-scoring on publish: {} leads, {} stored events, in {} s",
                progress.done(),
                events,
                String.format("%.1f", seconds));
    }
}
