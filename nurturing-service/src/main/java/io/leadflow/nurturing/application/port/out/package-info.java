/** Driven ports: what the use cases need from storage and messaging, in domain words. No framework. */
package io.leadflow.nurturing.application.port.out;
