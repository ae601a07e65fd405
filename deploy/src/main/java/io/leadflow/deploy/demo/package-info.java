/**
 * {@code ./leadflow --demo}: seeds a sales team, short SLAs and nurture steps through the public API, streams
 * synthetic leads, plays the reps, closes the qualified leads' deals through the outcome API and HubSpot's webhook,
 * trains and publishes a predictive model on them, and shows every notification the suite sends on a local page; and
 * {@code DemoEvaluation}, which plays the same history to write the evaluation's figures and plots.
 */
package io.leadflow.deploy.demo;
