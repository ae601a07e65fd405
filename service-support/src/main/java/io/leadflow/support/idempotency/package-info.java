/**
 * The consumer side of "effect exactly once": the store of processed event ids, written in the transaction of the
 * effect. Each service keeps its own {@code ProcessedEvents} port; its persistence adapter is this store under the
 * port's name. Plain JDBC on the service's own {@code processed_event} table; no business rules.
 */
package io.leadflow.support.idempotency;
