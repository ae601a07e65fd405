package io.leadflow.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process's CPU time as Linux counts it in {@code /proc/<pid>/stat}: user plus system time ({@code utime} and
 * {@code stime}, fields 14 and 15) in clock ticks, the process's threads included. Read from the outside, so the
 * harness measures the services, PostgreSQL and the broker alike without asking them.
 */
final class ProcStat {

    /** Clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux the suite runs on. */
    static final long TICKS_PER_SECOND = ticksPerSecond();

    private static final Path PROC = Path.of("/proc");

    private ProcStat() {}

    /**
     * utime + stime from one line of {@code /proc/<pid>/stat}. The command name (field 2) is in parentheses and may
     * itself hold spaces and parentheses, so the fields are counted from the last closing parenthesis.
     */
    static long cpuTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        if (fields.length < 13) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat: " + stat);
        }
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The process's CPU ticks so far; empty once it has gone. */
    static OptionalLong cpuTicks(long pid) {
        return read(pid, "stat").map(stat -> OptionalLong.of(cpuTicks(stat))).orElse(OptionalLong.empty());
    }

    /** The command name (field 2, {@code /proc/<pid>/comm}); empty once it has gone. */
    static Optional<String> command(long pid) {
        return read(pid, "comm").map(String::strip);
    }

    /** The command line with its arguments separated by spaces; empty once it has gone. */
    static Optional<String> commandLine(long pid) {
        return read(pid, "cmdline").map(line -> line.replace('\0', ' ').strip());
    }

    /** The process's live threads ({@code Threads:} in {@code /proc/<pid>/status}); empty once it has gone. */
    static OptionalLong threads(long pid) {
        return read(pid, "status")
                .flatMap(status -> status.lines()
                        .filter(line -> line.startsWith("Threads:"))
                        .findFirst())
                .map(line -> OptionalLong.of(
                        Long.parseLong(line.substring("Threads:".length()).strip())))
                .orElse(OptionalLong.empty());
    }

    /** The process's open file descriptors (entries of {@code /proc/<pid>/fd}); empty once it has gone. */
    static OptionalLong openFiles(long pid) {
        try (var entries = Files.list(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
            return OptionalLong.of(entries.count());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Milliseconds of CPU in that many clock ticks. */
    static double millis(long ticks) {
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    /** Every process id now in /proc. */
    static long[] pids() {
        try (var entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .toArray();
        } catch (IOException e) {
            return new long[0];
        }
    }

    private static Optional<String> read(long pid, String file) {
        try {
            return Optional.of(
                    Files.readString(PROC.resolve(Long.toString(pid)).resolve(file), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
