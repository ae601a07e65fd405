/**
 * One miniature service per package, each breaking the one rule its name says; the rule's test proves the rule
 * catches it.
 */
package io.leadflow.archfixture.violating;
