package io.leadflow.support.outbox;

import java.util.List;

/** What the relay needs from the outbox table: the pending rows, locked for this round, and their outcome. */
interface OutboxTable {

    /** Up to {@code limit} unsent rows in outbox order, locked until the round's transaction ends; rows another relay holds are skipped. */
    List<OutboxRow> lockPending(int limit);

    /** The broker confirmed these rows' messages: they are sent (a row that only carries personal data is deleted). */
    void markSent(List<Long> ids);

    /** The broker did not take these rows' message: they stay pending, with one more attempt and the reason. */
    void recordFailure(List<Long> ids, String error);

    /** How many rows wait to be sent. */
    long countPending();
}
