package io.leadflow.support.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pending rows travel together. The broker's cost is per message, so rows of a high-volume stream are packed,
 * up to a limit, into one message per stream and event type, in outbox order; every other stream keeps one event
 * per message. The wire format of a packed message is in docs/messages.md.
 */
final class OutboxPacking {

    /** The rows that go out as one message. */
    record Packet(String stream, String type, List<OutboxRow> rows) {

        boolean packed() {
            return rows.size() > 1;
        }

        OutboxRow first() {
            return rows.getFirst();
        }

        List<Long> ids() {
            return rows.stream().map(OutboxRow::id).toList();
        }

        /** The body: the event's JSON, or for several events a JSON array of them. */
        String payload() {
            if (!packed()) {
                return first().payload();
            }
            StringBuilder body = new StringBuilder(
                    rows.stream().mapToInt(r -> r.payload().length() + 1).sum() + 2);
            body.append('[');
            for (int i = 0; i < rows.size(); i++) {
                body.append(i == 0 ? "" : ",").append(rows.get(i).payload());
            }
            return body.append(']').toString();
        }
    }

    private OutboxPacking() {}

    /**
     * Splits {@code rows} (in outbox order) into packets: rows of a stream in {@code packedStreams} with the same
     * event type share packets of at most {@code eventsPerMessage}; every other row is a packet of its own.
     */
    static List<Packet> pack(List<OutboxRow> rows, Set<String> packedStreams, int eventsPerMessage) {
        List<Packet> packets = new ArrayList<>();
        Map<String, List<OutboxRow>> open = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            if (eventsPerMessage <= 1 || !packedStreams.contains(row.stream())) {
                packets.add(new Packet(row.stream(), row.type(), List.of(row)));
                continue;
            }
            List<OutboxRow> packet = open.computeIfAbsent(row.stream() + " " + row.type(), key -> new ArrayList<>());
            packet.add(row);
            if (packet.size() == eventsPerMessage) {
                packets.add(new Packet(row.stream(), row.type(), List.copyOf(packet)));
                packet.clear();
            }
        }
        open.values().stream()
                .filter(packet -> !packet.isEmpty())
                .forEach(packet -> packets.add(
                        new Packet(packet.getFirst().stream(), packet.getFirst().type(), List.copyOf(packet))));
        return packets;
    }
}
