/**
 * Proof under load and faults: a load generator that records every request and its outcome (a history, as JSONL),
 * fault injection against a running {@link io.leadflow.deploy.LocalStack} (kill -9 of a service, broker and database
 * restarts, a slow or frozen network between one service and PostgreSQL or the broker, poison messages, client
 * retries), a sales desk that rejects some hand-offs and re-engages some of those leads, and checkers that compare
 * the history with the suite's final state: lost, unexpected and double-counted events, qualified leads without
 * their hand-offs, profiles, nurturing enrolments and recycling, and every dead-letter queue.
 * {@link io.leadflow.load.FaultMatrix} runs the scenarios and prints one table;
 * {@link io.leadflow.load.FaultMatrixCommand} is {@code deploy/load/run}. The timer proof (SLA and nurture
 * timers on replicas, one killed) is in the {@code timers} subpackage. The harness drives the suite from outside:
 * it starts and breaks it only through the launcher's public API in {@code deploy}, and talks to it over HTTP, AMQP
 * and read-only SQL; it never uses a service's code, and {@code deploy} never depends on it.
 */
package io.leadflow.load;
