/** Background drivers: scheduled workers that call driving ports, like the import worker. No logic of their own. */
package io.leadflow.ingestion.adapter.in.scheduling;
