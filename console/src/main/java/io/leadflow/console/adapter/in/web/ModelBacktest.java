package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.BacktestResult;
import io.leadflow.console.application.BacktestResult.Outcome;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A backtest as the page shows it: one row per stage (qualified, fast-tracked, reached SAL, reached SQL, won) with
 * the published version's count, the draft's and the difference; the chart draws the same two columns.
 */
record ModelBacktest(BacktestResult result, List<Row> rows) {

    /** One stage; {@code published} and {@code change} are null when no version is published. */
    record Row(
            String stage,
            @Nullable Long published,
            long draft,
            @Nullable Long change) {}

    private record Stage(String name, ToLongFunction<Outcome> count) {}

    private static final List<Stage> STAGES = List.of(
            new Stage("Qualified (MQL)", Outcome::qualified),
            new Stage("Fast-tracked", Outcome::fastTracked),
            new Stage("Reached SAL", Outcome::reachedSal),
            new Stage("Reached SQL", Outcome::reachedSql),
            new Stage("Won", Outcome::won));

    static ModelBacktest of(BacktestResult result) {
        Outcome published = result.published();
        return new ModelBacktest(
                result,
                STAGES.stream()
                        .map(stage -> {
                            long draft = stage.count().applyAsLong(result.candidate());
                            Long before =
                                    published == null ? null : stage.count().applyAsLong(published);
                            return new Row(stage.name(), before, draft, before == null ? null : draft - before);
                        })
                        .toList());
    }

    public String publishedLabel() {
        return result.publishedVersion() == null ? "Published" : "Published v" + result.publishedVersion();
    }

    public String draftLabel() {
        return "Draft v" + result.version();
    }

    ReportChart chart() {
        List<String> stages = rows.stream().map(Row::stage).toList();
        ReportChart.Series draft = new ReportChart.Series(
                draftLabel(),
                rows.stream().map(row -> (Double) (double) row.draft()).toList());
        if (result.published() == null) {
            return new ReportChart("Backtest", "leads", stages, List.of(draft));
        }
        ReportChart.Series published = new ReportChart.Series(
                publishedLabel(),
                rows.stream()
                        .map(row -> row.published() == null ? null : (Double) (double) row.published())
                        .toList());
        return new ReportChart("Backtest", "leads", stages, List.of(published, draft));
    }
}
