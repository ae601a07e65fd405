package io.leadflow.load;

/**
 * One series a soak records every sample: what is measured ({@link Kind}) and of what (a service, a table, a queue).
 */
record SoakSeries(Kind kind, String subject) implements Comparable<SoakSeries> {

    /**
     * What is measured, its unit, and how much growth over a run it tolerates before it counts as steady
     * ({@link SteadyGrowth}: a share of the series' level or a floor, whichever is larger); a kind that is not judged
     * is recorded and plotted only.
     */
    enum Kind {
        HEAP("heap after GC", "MiB", 0.10, 8, true),
        THREADS("live threads", "threads", 0.10, 4, true),
        CONNECTIONS("database connections", "connections", 0.10, 3, true),
        OPEN_FILES("open files", "files", 0.10, 16, true),
        RETAINED_TABLES("tables under retention", "MiB", 0.20, 1, true),
        LEAD_TABLES("tables of the leads' data", "MiB", 0, 0, false),
        TABLE("table", "MiB", 0, 0, false),
        QUEUE("queue depth", "messages", 0, 50, true);

        private final String title;
        private final String unit;
        private final double tolerance;
        private final double floor;
        private final boolean judged;

        Kind(String title, String unit, double tolerance, double floor, boolean judged) {
            this.title = title;
            this.unit = unit;
            this.tolerance = tolerance;
            this.floor = floor;
            this.judged = judged;
        }

        String title() {
            return title;
        }

        String unit() {
            return unit;
        }

        boolean judged() {
            return judged;
        }

        SteadyGrowth rule() {
            return new SteadyGrowth(tolerance, floor);
        }

        /** The file name part: {@code heap-after-gc}. */
        String slug() {
            return title.replaceAll("[^a-zA-Z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code heap after GC (MiB): scoring-service}. */
    String label() {
        return kind.title() + " (" + kind.unit() + "): " + subject;
    }

    @Override
    public int compareTo(SoakSeries other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : subject.compareTo(other.subject);
    }
}
