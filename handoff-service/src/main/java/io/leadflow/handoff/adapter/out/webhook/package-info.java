/**
 * The webhook channel to sales: renders a hand-off as JSON, signs each attempt per the Standard Webhooks spec and
 * POSTs it with the JDK HttpClient, one attempt per call. Storage of deliveries and when to send them stay behind the
 * application's ports; no other adapter is used.
 */
package io.leadflow.handoff.adapter.out.webhook;
