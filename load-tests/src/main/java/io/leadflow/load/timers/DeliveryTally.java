package io.leadflow.load.timers;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether every qualified lead's hand-off delivery reached the rep's receiver: at least once, none missing. A delivery
 * that came more than once under the same delivery id ({@code webhook-id}) is a redelivery and counts once; two
 * different delivery ids announcing one lead's hand-off to the same rep would be a hand-off announced twice (a
 * hand-off passed on to another rep is announced to that rep anew).
 *
 * @param leads qualified leads whose hand-off was expected
 * @param missing leads whose hand-off never arrived
 * @param doubled leads whose hand-off came to one rep under two or more delivery ids
 * @param receipts every request the receiver took
 * @param redelivered receipts of a delivery id already received
 */
record DeliveryTally(int leads, int missing, int doubled, int receipts, int redelivered) {

    /** Tallies the delivery ids that arrived by lead and rep, for the leads that qualified. */
    static DeliveryTally of(Collection<String> qualifiedLeads, Map<String, Map<String, List<String>>> idsByLeadAndRep) {
        Set<String> leads = Set.copyOf(qualifiedLeads);
        int missing = 0;
        int doubled = 0;
        int receipts = 0;
        int redelivered = 0;
        for (String lead : leads) {
            Map<String, List<String>> byRep = idsByLeadAndRep.getOrDefault(lead, Map.of());
            missing += byRep.values().stream().allMatch(List::isEmpty) ? 1 : 0;
            boolean twice = false;
            for (List<String> ids : byRep.values()) {
                int distinct = new HashSet<>(ids).size();
                twice |= distinct > 1;
                receipts += ids.size();
                redelivered += ids.size() - distinct;
            }
            doubled += twice ? 1 : 0;
        }
        return new DeliveryTally(leads.size(), missing, doubled, receipts, redelivered);
    }

    boolean everyDeliveryArrived() {
        return missing == 0 && doubled == 0;
    }

    String render() {
        return String.format(
                "hand-off deliveries: %d leads qualified, %d lost, %d double-counted; %d receipts, %d of them"
                        + " redeliveries of a delivery id already received (counted once): %s",
                leads,
                missing,
                doubled,
                receipts,
                redelivered,
                everyDeliveryArrived() ? "every delivery arrived" : "NOT every delivery arrived");
    }
}
