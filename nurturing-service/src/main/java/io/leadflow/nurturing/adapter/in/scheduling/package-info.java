/** The way in from the clock: a poller that drives the due-work use case. No persistence, no other adapter. */
package io.leadflow.nurturing.adapter.in.scheduling;
