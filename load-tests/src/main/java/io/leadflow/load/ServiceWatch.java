package io.leadflow.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service did while a fault lasted, as its operator would see it: its health endpoint asked twice a second
 * (how often it answered UP, DOWN or not at all) and the warnings and errors its log gained.
 */
final class ServiceWatch implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern LEVEL = Pattern.compile("\"(?:log\\.)?level\"\\s*:\\s*\"(ERROR|WARN)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,140})");

    private final String module;
    private final String probe;
    private final URI health;
    private final Path log;
    private final long linesBefore;
    private final Map<String, Integer> answers = new ConcurrentSkipListMap<>();
    private final Thread sampler;
    private volatile boolean watching = true;

    private ServiceWatch(String module, int port, Path log, String probe) {
        this.module = module;
        this.probe = probe;
        this.health = URI.create("http://localhost:" + port + "/actuator/" + probe);
        this.log = log;
        this.linesBefore = lines().size();
        this.sampler = Thread.ofVirtual().name("watch-" + module).start(this::sample);
    }

    static ServiceWatch of(String module, int port, Path log) {
        return new ServiceWatch(module, port, log, "health");
    }

    /** Watches the readiness probe instead ({@code /actuator/health/readiness}): DOWN while a worker waits. */
    static ServiceWatch readinessOf(String module, int port, Path log) {
        return new ServiceWatch(module, port, log, "health/readiness");
    }

    private void sample() {
        while (watching) {
            String answer;
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                answer = response.statusCode() == 200 ? "UP" : "DOWN(" + response.statusCode() + ")";
            } catch (IOException e) {
                answer = "no answer";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.merge(answer, 1, Integer::sum);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops watching and says what was seen: health answers, and the log's new warnings and errors. */
    String summary() {
        close();
        List<String> added = lines();
        added = added.size() >= linesBefore ? added.subList((int) linesBefore, added.size()) : added;
        Map<String, Integer> levels = new TreeMap<>();
        Map<String, Integer> messages = new TreeMap<>();
        for (String line : added) {
            Matcher level = LEVEL.matcher(line);
            if (level.find()) {
                levels.merge(level.group(1), 1, Integer::sum);
                Matcher message = MESSAGE.matcher(line);
                if (message.find()) {
                    messages.merge(
                            message.group(1)
                                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
                                    .replaceAll("@[0-9a-f]+", "@<object>")
                                    .replaceAll("\\d+", "N"),
                            1,
                            Integer::sum);
                }
            }
        }
        StringBuilder text = new StringBuilder(module)
                .append(": ")
                .append(probe.equals("health") ? "health" : "readiness")
                .append(' ')
                .append(answers)
                .append(", log gained ")
                .append(levels.isEmpty() ? "no warnings or errors" : levels);
        messages.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .forEach(e -> text.append("; ")
                        .append(e.getValue())
                        .append("x \"")
                        .append(e.getKey())
                        .append('"'));
        return text.toString();
    }

    private List<String> lines() {
        if (!Files.isReadable(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        watching = false;
        sampler.interrupt();
    }
}
