/**
 * Proof under load and faults: a load generator that records every request and its outcome (a history, as JSONL),
 * fault injection against a running {@link io.leadflow.deploy.LocalStack} (kill -9 of a service, broker restart,
 * poison messages, client retries), and a checker that compares the history with the suite's final state: lost,
 * unexpected and double-counted events, qualified leads without exactly one hand-off, and every dead-letter queue.
 * {@link io.leadflow.deploy.load.FaultMatrix} runs the scenarios and prints one table; {@code deploy/load/run} is
 * its command line. The timer proof (SLA and nurture timers on replicas, one killed) is in the {@code timers}
 * subpackage.
 */
package io.leadflow.deploy.load;
