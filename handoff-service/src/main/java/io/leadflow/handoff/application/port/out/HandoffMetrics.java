package io.leadflow.handoff.application.port.out;

/** The figures operations watch; adapters map them to Micrometer so the application stays free of it. */
public interface HandoffMetrics {

    void assigned();

    /** outcome: accepted, qualified, rejected, disqualified. */
    void decided(String outcome);

    void reminded();

    void breached();

    /** A notification reached its receiver on this channel (webhook, slack, email). */
    default void delivered(String channel) {}

    /** An attempt to deliver a notification on this channel failed (it may be retried). */
    default void failed(String channel) {}

    /** A no-op for tests and fakes. */
    HandoffMetrics NONE = new HandoffMetrics() {
        @Override
        public void assigned() {}

        @Override
        public void decided(String outcome) {}

        @Override
        public void reminded() {}

        @Override
        public void breached() {}
    };
}
