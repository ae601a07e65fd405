/**
 * The way out to RabbitMQ: a transactional outbox (written with the change) and its relay, which sends with
 * publisher confirms. The outbox table is this adapter's own storage; no other adapter touches it.
 */
package io.leadflow.nurturing.adapter.out.messaging;
