package io.leadflow.console.application;

/** Of the leads enrolled for one reason or track in the period, how many came back to sales. */
public record RecycleRate(String key, long enrolled, long recycled, double rate) {

    /** The rate as a whole percentage. */
    public long percent() {
        return Math.round(rate * 100);
    }
}
