/**
 * Synthetic traffic for the demo and the load harness: made-up but plausible B2B leads (companies, titles, fit) and
 * the engagements they cause, reproducible from a seed, sent through the gateway like a marketing tool would.
 */
package io.leadflow.deploy.traffic;
