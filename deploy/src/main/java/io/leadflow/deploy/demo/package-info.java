/**
 * {@code ./leadflow --demo}: seeds a sales team, short SLAs and nurture steps through the public API, streams
 * synthetic leads, plays the reps, and shows every notification the suite sends on a local page.
 */
package io.leadflow.deploy.demo;
