package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Planned engagements sent as {@code POST /api/v1/events/batch}, up to {@code size} events per request and
 * {@code clients} requests in flight, each request once (no retries): the benchmark's batch run.
 */
final class BatchLoad {

    private BatchLoad() {}

    /** Sends every planned engagement in batches; returns how many events the suite accepted. */
    static long send(SuiteClient client, List<PlannedRequest> requests, int size, int clients)
            throws InterruptedException, ExecutionException {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += size) {
            bodies.add(requests.subList(from, Math.min(from + size, requests.size())).stream()
                    .map(PlannedRequest::body)
                    .collect(Collectors.joining(",", "[", "]")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(pool.submit(() -> {
                    SuiteClient.Answer answer = client.post("/api/v1/events/batch", body);
                    return answer.status() == 202
                            ? answer.body().path("accepted").asLong()
                            : 0L;
                }));
            }
            long accepted = 0;
            for (Future<Long> answer : answers) {
                accepted += answer.get();
            }
            return accepted;
        } finally {
            pool.shutdown();
        }
    }
}
