package io.leadflow.deploy;

import java.io.IOException;
import java.net.ServerSocket;

/** Checks a port before something is started on it, so a taken port is a clear message, not a bind exception. */
final class Ports {

    private Ports() {
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
