package io.leadflow.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.SplittableRandom;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.core.throttle.Throttler;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP proxy (NetCrusher, in-process) between one service and a server it depends on, so that the network between
 * them can go bad while the load runs: added latency in both directions, or every connection frozen (bytes held, no
 * error, no close) and thawed later. A healthy link passes bytes straight through.
 */
public final class FaultyLink implements AutoCloseable {

    private final String name;
    private final int port;
    private final NioReactor reactor;
    private final TcpCrusher crusher;
    private final SwitchableDelay delay;

    private FaultyLink(String name, int port, NioReactor reactor, TcpCrusher crusher, SwitchableDelay delay) {
        this.name = name;
        this.port = port;
        this.reactor = reactor;
        this.crusher = crusher;
        this.delay = delay;
    }

    /** Listens on {@code localhost:port} and forwards every connection to {@code host:targetPort}. */
    public static FaultyLink open(String name, int port, String host, int targetPort) {
        NioReactor reactor;
        try {
            reactor = new NioReactor(5);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + name + " proxy: " + e.getMessage(), e);
        }
        try {
            SwitchableDelay delay = new SwitchableDelay();
            TcpCrusher crusher = TcpCrusherBuilder.builder()
                    .withReactor(reactor)
                    .withBindAddress("localhost", port)
                    .withConnectAddress(host, targetPort)
                    .withTcpNoDelay(true)
                    .withIncomingThrottlerFactory(address -> delay)
                    .withOutgoingThrottlerFactory(address -> delay)
                    .build();
            crusher.open();
            return new FaultyLink(name, port, reactor, crusher, delay);
        } catch (RuntimeException e) {
            reactor.close();
            throw new IllegalStateException("cannot open the " + name + " proxy on " + port + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** Connections through the link right now. */
    public int connections() {
        return crusher.getClientTotalCount();
    }

    /** Every chunk of bytes, either way, waits between {@code min} and {@code max} (seeded, so repeatable). */
    public void delay(Duration min, Duration max) {
        delay.set(min.toNanos(), max.toNanos());
    }

    /** Bytes pass at once again. */
    public void noDelay() {
        delay.set(0, 0);
    }

    /** Holds every byte of every open connection, and new connections wait; nothing is closed. */
    public void freeze() {
        crusher.freeze();
    }

    /** Lets the held bytes through and accepts again. */
    public void thaw() {
        crusher.unfreeze();
    }

    /**
     * The server gone for this link: every open connection closed and new ones refused (nothing listens) until
     * {@link #restore()}. Unlike {@link #freeze()}, the service sees errors at once.
     */
    public synchronized void cut() {
        if (crusher.isOpen()) {
            crusher.close();
        }
    }

    /** Listens and forwards again after {@link #cut()}. */
    public synchronized void restore() {
        if (reactor.isOpen() && !crusher.isOpen()) {
            crusher.open();
        }
    }

    /** Closes every connection through the link and stops listening; a second close does nothing. */
    @Override
    public synchronized void close() {
        if (reactor.isOpen()) {
            if (crusher.isOpen()) {
                crusher.close();
            }
            reactor.close();
        }
    }

    /** One delay for every connection and both directions, changed while the link runs. */
    private static final class SwitchableDelay implements Throttler {

        private final SplittableRandom random = new SplittableRandom(42);
        private volatile long minNs;
        private volatile long maxNs;

        synchronized void set(long min, long max) {
            this.minNs = min;
            this.maxNs = max;
        }

        @Override
        public synchronized long calculateDelayNs(ByteBuffer bytes) {
            long min = minNs;
            long max = maxNs;
            if (max <= 0) {
                return NO_DELAY_NS;
            }
            return max <= min ? min : min + random.nextLong(max - min);
        }
    }
}
