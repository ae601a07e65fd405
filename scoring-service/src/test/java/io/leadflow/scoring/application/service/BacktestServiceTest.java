package io.leadflow.scoring.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.BacktestCommand;
import io.leadflow.scoring.application.port.in.BacktestReport;
import io.leadflow.scoring.application.port.in.BacktestReport.Outcome;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.domain.Engagement;
import io.leadflow.scoring.domain.ProfileFacts;
import io.leadflow.scoring.domain.model.ModelDocument;
import io.leadflow.scoring.domain.model.ScoringModel;
import io.leadflow.scoring.testing.ReadOnlyScoringModels;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A backtest against a small history computed by hand. Candidate v2 (visit 10, demo 30, threshold 30) against
 * published v1 (visit 10, demo 10, threshold 30), period January 10 to 20:
 * A visits on the 1st, 11th and 12th: both qualify it on the 12th; it reached SAL and SQL.
 * B asks for a demo on the 15th: only v2 qualifies it; it reached SAL.
 * C visits on the 2nd, 3rd and 4th: both would have qualified it before the period, so it does not count.
 * D visits on the 18th and asks for a demo on the 25th: after the period.
 * E asks for a demo on the 12th and visits on the 13th and 14th: v2 on the 12th, v1 on the 14th; it was won.
 */
class BacktestServiceTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ScoringModel V1 = model(1, 10);
    private static final ScoringModel V2 = model(2, 30);

    private static ScoringModel model(int version, int demoPoints) {
        return ModelDocument.parse(YAML.readValue("""
                id: trial
                threshold: 30
                rules:
                  - {id: visit, category: behaviour, event: {type: WEBSITE_VISITED}, points: 10}
                  - {id: demo, category: behaviour, event: {type: DEMO_REQUESTED}, points: %d}
                """.formatted(demoPoints), Object.class), version);
    }

    private static Instant jan(int day) {
        return Instant.parse("2026-01-%02dT09:00:00Z".formatted(day));
    }

    private static LeadHistory lead(
            String id, Channel channel, String campaign, List<LifecycleStage> reached, Object... typeAndDay) {
        List<Engagement> events = new ArrayList<>();
        for (int i = 0; i < typeAndDay.length; i += 2) {
            events.add(new Engagement(
                    UUID.randomUUID(),
                    (EngagementType) typeAndDay[i],
                    null,
                    channel,
                    "src",
                    campaign,
                    Map.of(),
                    jan((Integer) typeAndDay[i + 1])));
        }
        Map<LifecycleStage, Instant> stages = new EnumMap<>(LifecycleStage.class);
        reached.forEach(stage -> stages.put(stage, jan(28)));
        return new LeadHistory(
                new LeadId(UUID.fromString("00000000-0000-0000-0000-00000000000" + id)),
                ProfileFacts.unknown(),
                channel == Channel.EMAIL ? "smb" : "all",
                events,
                stages);
    }

    private static final List<LeadHistory> HISTORY = List.of(
            lead(
                    "a",
                    Channel.EMAIL,
                    "c1",
                    List.of(LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL),
                    EngagementType.WEBSITE_VISITED,
                    1,
                    EngagementType.WEBSITE_VISITED,
                    11,
                    EngagementType.WEBSITE_VISITED,
                    12),
            lead("b", Channel.WEBSITE, "c2", List.of(LifecycleStage.SAL), EngagementType.DEMO_REQUESTED, 15),
            lead(
                    "c",
                    Channel.WEBSITE,
                    "c2",
                    List.of(),
                    EngagementType.WEBSITE_VISITED,
                    2,
                    EngagementType.WEBSITE_VISITED,
                    3,
                    EngagementType.WEBSITE_VISITED,
                    4),
            lead(
                    "d",
                    Channel.EMAIL,
                    "c1",
                    List.of(),
                    EngagementType.WEBSITE_VISITED,
                    18,
                    EngagementType.DEMO_REQUESTED,
                    25),
            lead(
                    "e",
                    Channel.TRADE_SHOW,
                    "c3",
                    List.of(LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.WON),
                    EngagementType.DEMO_REQUESTED,
                    12,
                    EngagementType.WEBSITE_VISITED,
                    13,
                    EngagementType.WEBSITE_VISITED,
                    14));

    @Test
    void a_backtest_counts_what_each_version_would_have_qualified_in_the_period_and_what_became_of_them() {
        BacktestReport report = backtest(2);

        assertThat(report.leads()).isEqualTo(5);
        assertThat(report.events()).isEqualTo(12);
        assertThat(report.publishedVersion()).isEqualTo(1);
        assertThat(report.candidate()).isEqualTo(new Outcome(3, 0, 3, 2, 1));
        assertThat(report.published()).isEqualTo(new Outcome(2, 0, 2, 2, 1));
        assertThat(report.breakdown().get("channel"))
                .containsExactly(
                        new BacktestReport.Group("EMAIL", new Outcome(1, 0, 1, 1, 0), new Outcome(1, 0, 1, 1, 0)),
                        new BacktestReport.Group("TRADE_SHOW", new Outcome(1, 0, 1, 1, 1), new Outcome(1, 0, 1, 1, 1)),
                        new BacktestReport.Group("WEBSITE", new Outcome(1, 0, 1, 0, 0), new Outcome(0, 0, 0, 0, 0)));
        assertThat(report.breakdown().get("campaign"))
                .extracting(BacktestReport.Group::key)
                .containsExactly("c1", "c2", "c3");
        assertThat(report.breakdown().get("segment"))
                .containsExactly(
                        new BacktestReport.Group("all", new Outcome(2, 0, 2, 1, 1), new Outcome(1, 0, 1, 1, 1)),
                        new BacktestReport.Group("smb", new Outcome(1, 0, 1, 1, 0), new Outcome(1, 0, 1, 1, 0)));
        assertThat(report.sample())
                .extracting(q -> q.leadId().substring(35), BacktestReport.Qualification::at)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a", jan(12)),
                        org.assertj.core.groups.Tuple.tuple("b", jan(15)),
                        org.assertj.core.groups.Tuple.tuple("e", jan(12)));
    }

    @Test
    void backtesting_the_published_version_itself_gives_the_same_figures_on_both_sides() {
        BacktestReport report = backtest(1);

        assertThat(report.candidate()).isEqualTo(report.published()).isEqualTo(new Outcome(2, 0, 2, 2, 1));
    }

    private static BacktestReport backtest(int version) {
        ScoringServices.Ports ports = new ScoringServices.Ports(
                null,
                null,
                new ListedHistories(),
                new ReadOnlyScoringModels(List.of(V1), List.of(V2)),
                null,
                null,
                null,
                null,
                Clock.systemUTC(),
                500,
                null,
                null);
        return ScoringServices.backtest(ports).backtest(new BacktestCommand("trial", version, jan(10), jan(20)));
    }

    /** Histories served in chunks of the requested size, in lead-id order. */
    private static final class ListedHistories implements LeadHistories {
        @Override
        public List<LeadHistory> chunk(UUID after, int limit) {
            return HISTORY.stream()
                    .filter(h -> after == null || h.leadId().value().compareTo(after) > 0)
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<LeadHistory> lead(LeadId leadId) {
            return HISTORY.stream().filter(h -> h.leadId().equals(leadId)).findFirst();
        }
    }
}
