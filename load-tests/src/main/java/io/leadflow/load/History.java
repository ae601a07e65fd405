package io.leadflow.load;

import io.leadflow.deploy.traffic.SuiteClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every attempt of every request, in the order the answers came back: kept in memory for the checker and appended to
 * a JSONL file (one {@link Attempt} per line) so that a run can be checked again, or by other tools, later.
 */
public final class History implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Attempt> attempts = new ArrayList<>();
    private final BufferedWriter file;

    private History(BufferedWriter file) {
        this.file = file;
    }

    /** A history written to {@code jsonl} (created or truncated). */
    public static History writingTo(Path jsonl) {
        try {
            Files.createDirectories(jsonl.toAbsolutePath().getParent());
            return new History(Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history to " + jsonl, e);
        }
    }

    /** A history kept in memory only. */
    public static History inMemory() {
        return new History(null);
    }

    /** Reads a history file written by {@link #writingTo}. */
    public static List<Attempt> read(Path jsonl) {
        try (var lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> JSON.readValue(line, Attempt.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history " + jsonl, e);
        }
    }

    public synchronized void record(Attempt attempt) {
        attempts.add(attempt);
        if (file != null) {
            try {
                file.write(SuiteClient.json(attempt));
                file.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to the history", e);
            }
        }
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the history", e);
            }
        }
    }
}
