/**
 * The dead letters of a service: moved from its dead-letter queues into its own {@code dead_letter} table, listed with
 * why they failed, and sent back to the queue they failed in once the cause is fixed. It keeps and moves messages; it
 * never decides what an event means, and the consumers' idempotency makes a re-drive safe.
 */
package io.leadflow.support.deadletter;
