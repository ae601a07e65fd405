/**
 * The API behind the gateway, called with the signed-in person's relayed token: the only place that knows URLs and
 * JSON shapes. Uses the driven ports' records; never the application's services.
 */
@NullMarked
package io.leadflow.console.adapter.out.api;

import org.jspecify.annotations.NullMarked;
