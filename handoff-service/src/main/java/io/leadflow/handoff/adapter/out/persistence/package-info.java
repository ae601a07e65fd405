/**
 * JDBC implementations of the storage ports over the service's own PostgreSQL database; Flyway owns the schema.
 * Nothing here calls another adapter.
 */
package io.leadflow.handoff.adapter.out.persistence;
