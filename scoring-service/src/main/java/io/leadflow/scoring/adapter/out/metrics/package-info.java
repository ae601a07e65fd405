/** Micrometer behind the metrics port; counters are incremented inside the transaction of the change they count. */
package io.leadflow.scoring.adapter.out.metrics;
