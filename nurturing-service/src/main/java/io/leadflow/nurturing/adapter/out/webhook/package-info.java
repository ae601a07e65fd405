/**
 * The way out to marketing's automation tool: a due nurture step, an enrolment, an exit or a recycle is rendered as a
 * webhook (stored by the application with the change it reports), then POSTed as signed JSON (Standard Webhooks: webhook-id, webhook-timestamp,
 * webhook-signature), one attempt per call; the delivery use case, driven by the scheduling adapter, retries with
 * back-off under the same id and logs every attempt. No storage and no other adapter here.
 */
package io.leadflow.nurturing.adapter.out.webhook;
