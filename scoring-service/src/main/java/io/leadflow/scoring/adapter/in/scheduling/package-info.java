/**
 * Time-driven entry points: the background re-scoring that follows a publish. Calls driving ports only; no
 * persistence here.
 */
package io.leadflow.scoring.adapter.in.scheduling;
