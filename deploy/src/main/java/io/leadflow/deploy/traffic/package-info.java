/**
 * Synthetic traffic for the demo and the load harness: made-up but plausible B2B leads (companies, titles, fit) and
 * the engagements they cause, reproducible from a seed, sent through the gateway like a marketing tool would; what
 * becomes of their deals, drawn from a hidden propensity; and HubSpot's signed deal webhooks as a CRM sends them.
 */
package io.leadflow.deploy.traffic;
