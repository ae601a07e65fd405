package io.leadflow.ingestion.application.port.in;

import java.time.Duration;

/**
 * The answer to a sender now: taken in, or refused until {@code retryAfter} has passed; {@code backlog} is the number
 * of stored events waiting to be passed on, as last counted, and {@code limit} what the service holds back at most.
 */
public record IntakeAdmission(boolean admitted, long backlog, long limit, Duration retryAfter) {}
