/** Reading import files: CSV parsing behind the {@code ImportRows} port. Nothing here stores anything. */
package io.leadflow.ingestion.adapter.out.csv;
