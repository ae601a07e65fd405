package io.leadflow.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One soak sample, read from the outside of the running suite: per JVM of the suite its live threads
 * ({@code /proc/<pid>/status}) and open files ({@code /proc/<pid>/fd}); per service its heap after a full collection
 * (the sampler asks for one, {@code jcmd <pid> GC.run}, then reads Micrometer's {@code jvm.gc.live.data.size}, the
 * old generation after that collection: the live set, whenever the collector last ran on its own), its database
 * connections ({@code pg_stat_activity}) and its tables' total sizes; and every queue's depth, ready plus unacked.
 */
final class SoakSampler {

    /** Tables whose rows the soak's short retention windows remove ({@link Soak#RETENTION}). */
    static final Set<String> RETAINED = Set.of("outbox_event", "processed_event", "erased_lead");

    private static final double MIB = 1024.0 * 1024.0;

    private final Map<String, Integer> servicePorts;
    private final SuiteDatabases databases;
    private final SuiteBroker broker;
    private final boolean rabbitmqctl;

    /**
     * @param servicePorts each service's HTTP port, by module name ({@code scoring-service})
     * @param rabbitmqctl whether the broker is the machine's RabbitMQ, whose unacknowledged messages rabbitmqctl counts
     */
    SoakSampler(Map<String, Integer> servicePorts, SuiteDatabases databases, SuiteBroker broker, boolean rabbitmqctl) {
        this.servicePorts = Map.copyOf(servicePorts);
        this.databases = databases;
        this.broker = broker;
        this.rabbitmqctl = rabbitmqctl;
    }

    /** Every series' value now; a reading that could not be taken is left out. */
    Map<SoakSeries, Double> sample() {
        Map<SoakSeries, Double> values = new TreeMap<>();
        SuiteMeter.processes().forEach((module, pid) -> {
            put(values, SoakSeries.Kind.THREADS, module, ProcStat.threads(pid));
            put(values, SoakSeries.Kind.OPEN_FILES, module, ProcStat.openFiles(pid));
            if (servicePorts.containsKey(module)) {
                heapAfterGc(pid, servicePorts.get(module))
                        .ifPresent(bytes -> values.put(new SoakSeries(SoakSeries.Kind.HEAP, module), bytes / MIB));
            }
        });
        for (String service : SuiteDatabases.SERVICES) {
            String module = service + "-service";
            long connections = databases.connections(service);
            if (connections >= 0) {
                values.put(new SoakSeries(SoakSeries.Kind.CONNECTIONS, module), (double) connections);
            }
            Map<String, Long> tables = databases.tableSizes(service);
            long retained = 0;
            long kept = 0;
            for (var table : tables.entrySet()) {
                values.put(
                        new SoakSeries(SoakSeries.Kind.TABLE, module + " " + table.getKey()), table.getValue() / MIB);
                if (RETAINED.contains(table.getKey())) {
                    retained += table.getValue();
                } else {
                    kept += table.getValue();
                }
            }
            if (!tables.isEmpty()) {
                values.put(new SoakSeries(SoakSeries.Kind.RETAINED_TABLES, module), retained / MIB);
                values.put(new SoakSeries(SoakSeries.Kind.LEAD_TABLES, module), kept / MIB);
            }
        }
        broker.depths(rabbitmqctl)
                .forEach((queue, depth) -> values.put(new SoakSeries(SoakSeries.Kind.QUEUE, queue), (double) depth));
        return values;
    }

    private static void put(Map<SoakSeries, Double> values, SoakSeries.Kind kind, String subject, OptionalLong value) {
        if (value.isPresent()) {
            values.put(new SoakSeries(kind, subject), (double) value.getAsLong());
        }
    }

    /** A full collection in the service, then the live data it left, in bytes; empty when either is not possible. */
    private static Optional<Double> heapAfterGc(long pid, int port) {
        Optional<Path> jcmd = ProcessHandle.of(pid)
                .flatMap(process -> process.info().command())
                .map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(Files::isExecutable);
        if (jcmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process gc = new ProcessBuilder(jcmd.get().toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                gc.destroyForcibly();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        String metrics = SuiteMeter.prometheusOf(port);
        if (metrics == null || !metrics.contains("jvm_gc_live_data_size_bytes")) {
            return Optional.empty();
        }
        return Optional.of((double) SuiteMeter.metric(metrics, "jvm_gc_live_data_size_bytes"));
    }
}
