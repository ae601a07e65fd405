package io.leadflow.scoring.benchmark;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.scoring.ScoringApplication;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.support.testing.GatewayTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What marketing's lead list and lead page cost in scoring with many leads (results in docs/benchmarks.md): pages of
 * {@code GET /api/v1/leads} with each filter (text in e-mail and company, score range, channel, a deep page, another
 * sort) and {@code GET /api/v1/leads/{id}}, through the use cases on the real PostgreSQL. Not a test: run it by hand
 * (command in docs/benchmarks.md). Database leadflow_test_scoring_leads, recreated. Argument: the number of leads
 * (default 100,000).
 */
public final class LeadListBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger("benchmark");
    private static final int RUNS = 30;

    private LeadListBenchmark() {}

    public static void main(String[] args) {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = LocalDatabases.recreate("leadflow_test_scoring_leads");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScoringApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--leadflow.security.gateway-token.jwk-set-uri=" + GatewayTokens.jwkSetUri(),
                        "--logging.level.root=WARN",
                        "--logging.level.benchmark=INFO")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            seed(jdbc, leads);
            FindLeadsQuery list = app.getBean(FindLeadsQuery.class);
            FindLeadQuery lead = app.getBean(FindLeadQuery.class);
            LOG.info(
                    "machine: {} cores, java {}; {} leads",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    leads);

            Map<String, LeadSearch> searches = new LinkedHashMap<>();
            searches.put("first page, by score", search(null, null, null, null, null, 0, "score"));
            searches.put("q = e-mail part 'user4242'", search("user4242", null, null, null, null, 0, "score"));
            searches.put("q = company part 'company 17'", search("company 17", null, null, null, null, 0, "score"));
            searches.put("q = 'zzz' (no match)", search("zzz", null, null, null, null, 0, "score"));
            searches.put("q = '.com' (every lead matches)", search(".com", null, null, null, null, 0, "score"));
            searches.put("MQL, score 40..60", search(null, LifecycleStage.MQL, 40, 60, null, 0, "score"));
            searches.put("channel WEBINAR, max 30", search(null, null, null, 30, Channel.WEBINAR, 0, "score"));
            searches.put("page 1000 (offset 50,000)", search(null, null, null, null, null, 1000, "score"));
            searches.put("by updatedAt", search(null, null, null, null, null, 0, "updatedAt"));
            searches.forEach((name, search) -> measure("list: " + name, () -> list.findLeads(search)));

            List<UUID> ids = jdbc.sql("select lead_id from lead_state order by lead_id limit 100")
                    .query(UUID.class)
                    .list();
            int[] next = {0};
            measure(
                    "lead page (GET /api/v1/leads/{id})",
                    () -> lead.findLead(new LeadId(ids.get(next[0]++ % ids.size()))));
        }
    }

    private static LeadSearch search(
            String q, LifecycleStage stage, Integer min, Integer max, Channel channel, int page, String sort) {
        return new LeadSearch(q, stage, null, null, min, max, channel, page, 50, sort, true);
    }

    /** Leads with e-mail, company, channel, segment score and a stage move each, like scoring writes them. */
    private static void seed(JdbcClient jdbc, int leads) {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into lead_state (lead_id, stage, email, profile, profile_at, score, first_channel, first_at,
                    first_event_id, segment, model_id, model_version, fit_grade, engagement_grade, updated_at)
                select md5('lead' || n)::uuid,
                       (array['NEW','MQL','SAL','SQL','NURTURING'])[1 + n % 5],
                       'user' || n || '@company' || (n % 5000) || '.com',
                       jsonb_build_object('company.name', 'Company ' || (n % 5000), 'firstName', 'User',
                           'lastName', 'No ' || n, 'freeMail', 'false'),
                       now(), (n * 7919) % 101,
                       (array['CONTENT_FORM','CONTACT_FORM','PAID_SEARCH','WEBINAR','EMAIL','WEBSITE'])[1 + n % 6],
                       now() - make_interval(mins => n), md5('event' || n)::uuid,
                       (array['all','dach','enterprise'])[1 + n % 3], 'default', 1,
                       (array['A','B','C','D'])[1 + n % 4], 1 + n % 4, now() - make_interval(secs => n)
                from generate_series(1, :leads) n""").param("leads", leads).update();
        jdbc.sql("""
                insert into timeline (event_id, lead_id, from_stage, to_stage, reason, actor, occurred_at)
                select md5('move' || lead_id)::uuid, lead_id, 'NEW', stage, 'benchmark', 'scoring-service', now()
                from lead_state where stage <> 'NEW'""").update();
        jdbc.sql("analyze lead_state").update();
        jdbc.sql("analyze timeline").update();
        LOG.info("seeded {} leads in {} s", leads, String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    private static void measure(String name, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        LOG.info(
                "{}: median {} ms, p95 {} ms, max {} ms ({} runs)",
                name,
                String.format("%.1f", sorted[RUNS / 2] / 1000.0),
                String.format("%.1f", sorted[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0),
                String.format("%.1f", Arrays.stream(sorted).max().orElse(0) / 1000.0),
                RUNS);
    }
}
