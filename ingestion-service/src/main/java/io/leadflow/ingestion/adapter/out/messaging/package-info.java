/**
 * The way out to RabbitMQ: the {@code LeadEventPublisher} port over service-support's transactional outbox, whose
 * relay sends with publisher confirms. The outbox table (this service's migrations) is this adapter's own storage;
 * no other adapter touches it.
 */
package io.leadflow.ingestion.adapter.out.messaging;
