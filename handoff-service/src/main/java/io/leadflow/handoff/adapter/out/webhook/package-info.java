/**
 * The webhook channel to sales: renders a hand-off as JSON, signs each attempt per the Standard Webhooks spec and
 * POSTs it with the JDK HttpClient, and runs the scheduled worker that sends due deliveries through the delivery
 * use case. Storage of deliveries stays behind the application's ports; no other adapter is used.
 */
package io.leadflow.handoff.adapter.out.webhook;
