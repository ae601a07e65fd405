/**
 * The web console: pages people work in, rendered on the server behind the gateway. It owns no lead data: every
 * value it shows comes from the API, called through the gateway as the signed-in person.
 */
@NullMarked
package io.leadflow.console;

import org.jspecify.annotations.NullMarked;
