/**
 * The durable timers behind the nurture-timers port, on db-scheduler: scheduling and cancelling in the caller's
 * transaction, and the tasks that, once due, drive the use cases that send a step or expire an enrolment. No
 * persistence of nurturing's own data and no other adapter here.
 */
package io.leadflow.nurturing.adapter.out.timer;
