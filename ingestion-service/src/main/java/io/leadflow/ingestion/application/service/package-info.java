/**
 * Use-case implementations: package-private, built through a factory, transactions start here. They see only
 * ports, the domain and the kernel; Spring's {@code @Transactional} is the one framework type allowed.
 */
package io.leadflow.ingestion.application.service;
