/**
 * The timer proof: SLA timers of hand-offs (reminder and breach) and nurture steps, thousands of them, run by two
 * replicas each of the hand-off and nurturing services while one replica of each is killed; every timer's effect is
 * counted where a user would see it (the webhooks reps and marketing's automation receive) and judged exactly once,
 * with its lateness. {@link io.leadflow.load.timers.TimerProof} runs it; {@code deploy/load/run --timers} is
 * its command line.
 */
package io.leadflow.load.timers;
