/**
 * What the console shows, in its own words: views of the API's answers (records) and the signed-in caller. Plain
 * Java, no Spring, no HTTP.
 */
@NullMarked
package io.leadflow.console.application;

import org.jspecify.annotations.NullMarked;
