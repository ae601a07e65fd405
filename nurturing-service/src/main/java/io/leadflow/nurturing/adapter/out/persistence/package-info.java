/**
 * JDBC implementations of the storage ports over the service's own PostgreSQL database; Flyway owns the schema
 * (db/migration). Nothing here calls another adapter.
 */
package io.leadflow.nurturing.adapter.out.persistence;
