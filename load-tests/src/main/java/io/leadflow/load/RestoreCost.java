package io.leadflow.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What restoring one service's database cost in a rehearsal: the rows its dump held, the events the other services'
 * outboxes sent again and how many of them the restored service took in, the dead letters it re-drove, how long it
 * was down and how long it took to catch up after it started again.
 *
 * @param replayed events sent again, by producing service
 * @param received replayed events the restored service recorded as processed (the rest belong to streams it does
 *     not consume, or it had applied them before the dump)
 * @param converged from the service being ready again until it had taken in every replayed event it was going to and
 *     held no dead letter; null when it did not within the time allowed
 */
public record RestoreCost(
        String service,
        long dumpRows,
        long dumpBytes,
        Map<String, Integer> replayed,
        long received,
        int redriven,
        Duration downtime,
        Duration converged) {

    public RestoreCost {
        replayed = Map.copyOf(replayed);
    }

    public int replayedTotal() {
        return replayed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One paragraph for the rehearsal's output. */
    public String render() {
        StringBuilder by = new StringBuilder();
        new TreeMap<>(replayed).forEach((producer, count) -> {
            by.append(by.isEmpty() ? "" : ", ").append(producer).append(' ').append(count);
        });
        return "restore of " + service + ": dump of " + dumpRows + " rows (" + (dumpBytes + 1023) / 1024
                + " KiB); down for " + seconds(downtime) + "; replayed " + replayedTotal() + " events (" + by
                + "), " + received + " of them taken in again by " + service + "; " + redriven
                + " dead letters re-driven; "
                + (converged == null ? "not converged" : "converged " + seconds(converged) + " after it was ready");
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
