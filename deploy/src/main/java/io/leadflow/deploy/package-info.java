/**
 * Runs the suite: the local launcher behind README's first command and the end-to-end tests. It starts the
 * services' own executable jars as separate processes and never uses their code.
 */
package io.leadflow.deploy;
