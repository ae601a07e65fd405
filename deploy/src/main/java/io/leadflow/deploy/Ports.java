package io.leadflow.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks a port before something is started on it, so a taken port is a clear message, not a bind exception. */
final class Ports {

    private Ports() {}

    /** Where Linux keeps the range it draws outgoing connections' local ports from. */
    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /**
     * A warning when ports {@code first..last} lie in the kernel's ephemeral range: an outgoing connection (one of
     * the hundreds the services open to PostgreSQL and the broker) may take such a port as its own between the check
     * and the bind, and the start then fails now and then with "port already in use". Empty when they do not, or
     * when the range cannot be read (not Linux).
     */
    static Optional<String> ephemeralWarning(int first, int last, Path rangeFile) {
        int[] range;
        // a line reader: Files.readString stops after the first byte of a procfs file, which reports a size of 0
        try (BufferedReader lines = Files.newBufferedReader(rangeFile)) {
            String[] bounds = lines.readLine().trim().split("\\s+");
            range = new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (last < range[0] || first > range[1]) {
            return Optional.empty();
        }
        return Optional.of("ports " + first + "-" + last + " lie in this machine's ephemeral port range " + range[0]
                + "-" + range[1] + " (" + rangeFile + "), which outgoing connections draw from: a start may fail"
                + " now and then with a port already in use; a --port-base below " + range[0] + " avoids that");
    }

    static void requireFree(int port, String what, String remedy) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new StackException("port " + port + " (for " + what + ") is already taken; stop whatever listens"
                    + " there or " + remedy);
        }
    }
}
