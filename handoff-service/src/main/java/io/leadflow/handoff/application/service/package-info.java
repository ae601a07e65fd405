/**
 * Use-case implementations: package-private, each built by its static factory in {@link HandoffServices}; transactions
 * start here. They see only ports, the domain and the kernel; Spring's {@code @Transactional} is the one framework
 * type allowed.
 */
package io.leadflow.handoff.application.service;
