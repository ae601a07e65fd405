package io.leadflow.ingestion.domain;

/**
 * The consent an engagement carried with it (Segment's {@code context.consent}, the native {@code consent} field):
 * {@code marketing} false withdraws consent to marketing contact, true gives it, null says nothing; {@code profiling}
 * likewise for profiling. It is kept with the engagement, so that a signal an anonymous visitor sent is applied to
 * the person once their identity is linked.
 */
public record ConsentSignal(Boolean marketing, Boolean profiling) {

    /** The signal, or null when it says nothing. */
    public static ConsentSignal of(Boolean marketing, Boolean profiling) {
        return marketing == null && profiling == null ? null : new ConsentSignal(marketing, profiling);
    }
}
