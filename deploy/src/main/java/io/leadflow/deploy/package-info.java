/**
 * Runs the suite: the local launcher behind README's first command and the end-to-end tests. It starts the
 * services' own executable jars as separate processes and never uses their code; for the load and fault harness it
 * also kills, replicates and restarts them and the embedded infrastructure ({@link io.leadflow.deploy.StackFaults}).
 */
package io.leadflow.deploy;
