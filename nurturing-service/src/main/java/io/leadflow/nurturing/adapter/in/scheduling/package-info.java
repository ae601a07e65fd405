/**
 * The way in from the clock: a recurring db-scheduler task that drives the below-threshold enrolment use case. No
 * persistence, no other adapter.
 */
package io.leadflow.nurturing.adapter.in.scheduling;
