package io.leadflow.load.timers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real jump of a process's wall clock: the process runs with Debian's libfaketime preloaded, reading its offset
 * from a file at most once a second ({@code FAKETIME_CACHE_DURATION}), so {@code Clock.systemUTC()} in the JVM jumps
 * within a second of the harness rewriting the file. The monotonic clock ({@code System.nanoTime()}) is left alone,
 * as an NTP step leaves it. A service JVM under libfaketime starts several times slower than without (see
 * docs/reliability.md), so its replicas are given {@link #READY_WITHIN} to be ready; reading the file on every call
 * ({@code FAKETIME_NO_CACHE}) is slower still and not used.
 */
final class ClockJump {

    static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

    /** How long a replica under libfaketime may take to start and migrate before the proof gives up. */
    static final Duration READY_WITHIN = Duration.ofMinutes(10);

    private final Path offsetFile;

    private ClockJump(Path offsetFile) {
        this.offsetFile = offsetFile;
    }

    /** A clock at no offset yet, its offset kept in {@code offsetFile}; fails when libfaketime is not installed. */
    static ClockJump prepare(Path offsetFile) {
        if (!Files.isReadable(LIBRARY)) {
            throw new IllegalStateException(
                    "a clock jump needs libfaketime (" + LIBRARY + "): apt-get install -y libfaketime faketime");
        }
        ClockJump clock = new ClockJump(offsetFile);
        clock.write("+0");
        return clock;
    }

    /** The environment of a process whose clock this jumps. */
    Map<String, String> environment() {
        return Map.of(
                "LD_PRELOAD",
                LIBRARY.toString(),
                "FAKETIME_TIMESTAMP_FILE",
                offsetFile.toString(),
                "FAKETIME_CACHE_DURATION",
                "1",
                "FAKETIME_DONT_FAKE_MONOTONIC",
                "1");
    }

    /** Moves the processes' clocks to real time plus {@code offset} (negative: backward). */
    void jump(Duration offset) {
        write(offsetText(offset));
    }

    /** libfaketime's relative offset, in whole seconds with a sign: {@code +300}, {@code -300}. */
    static String offsetText(Duration offset) {
        long seconds = offset.toSeconds();
        return (seconds < 0 ? "-" : "+") + Math.abs(seconds);
    }

    private void write(String text) {
        try {
            Files.createDirectories(offsetFile.getParent());
            Path next = offsetFile.resolveSibling(offsetFile.getFileName() + ".next");
            Files.writeString(next, text + "\n");
            Files.move(next, offsetFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the clock offset to " + offsetFile, e);
        }
    }
}
