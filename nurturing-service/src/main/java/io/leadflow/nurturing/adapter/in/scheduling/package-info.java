/**
 * The way in from the clock: pollers that drive use cases (due nurture work, due step deliveries). They call driving
 * ports only, hold no logic of their own and use no other adapter; what a round asks for comes from configuration.
 */
package io.leadflow.nurturing.adapter.in.scheduling;
