/** Micrometer behind the application's metrics port; tags are low-cardinality codes only. */
package io.leadflow.nurturing.adapter.out.metrics;
