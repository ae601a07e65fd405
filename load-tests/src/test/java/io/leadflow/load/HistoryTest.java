package io.leadflow.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.deploy.traffic.SyntheticLeads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path dir;

    @Test
    void every_attempt_is_one_json_line_that_reads_back_the_same() throws Exception {
        Path file = dir.resolve("run.jsonl");
        Attempt accepted = new Attempt(
                "0b6c3f1e-8d7a-4f2b-9e1d-3c5a7b9d1f20",
                Attempt.EVENT,
                "ana@acme.example",
                "demo_requested",
                1,
                Instant.parse("2026-11-23T10:00:00.123Z"),
                Instant.parse("2026-11-23T10:00:00.150Z"),
                Outcome.ACCEPTED,
                202,
                "7f1c0a52-6d4b-4c1e-9a57-2f0e4a1b9c33",
                null);
        Attempt unknown = new Attempt(
                "0b6c3f1e-8d7a-4f2b-9e1d-3c5a7b9d1f21",
                Attempt.EVENT,
                "ana@acme.example",
                "email_opened",
                2,
                Instant.parse("2026-11-23T10:00:01Z"),
                Instant.parse("2026-11-23T10:00:11Z"),
                Outcome.UNKNOWN,
                0,
                null,
                "HttpTimeoutException");
        try (History history = History.writingTo(file)) {
            history.record(accepted);
            history.record(unknown);
        }

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(History.read(file)).containsExactly(accepted, unknown);
    }

    @Test
    void statuses_map_to_what_a_client_can_conclude() {
        assertThat(Outcome.of(202)).isEqualTo(Outcome.ACCEPTED);
        assertThat(Outcome.of(400)).isEqualTo(Outcome.REFUSED);
        assertThat(Outcome.of(429)).isEqualTo(Outcome.REFUSED);
        assertThat(Outcome.of(408)).isEqualTo(Outcome.UNKNOWN);
        assertThat(Outcome.of(502)).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void the_same_seed_plans_the_same_requests_with_the_same_ids_and_every_lead_interleaved() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        List<PlannedRequest> first = PlannedRequest.plan(SyntheticLeads.generate(7, 5, "t"), 7, now, true);
        List<PlannedRequest> again = PlannedRequest.plan(SyntheticLeads.generate(7, 5, "t"), 7, now, true);

        assertThat(first).isEqualTo(again);
        assertThat(first.stream().map(PlannedRequest::requestId).distinct()).hasSize(first.size());
        assertThat(first.subList(0, 5))
                .allSatisfy(request -> assertThat(request.kind()).isEqualTo("profile"));
        assertThat(first.get(5).body()).contains("\"eventId\":\"" + first.get(5).requestId() + "\"");
    }
}
