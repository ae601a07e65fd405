package io.leadflow.archfixture.violating.controlleroutsideweb.config;

/** Not annotated, but its name says controller. */
class StatusController {}
