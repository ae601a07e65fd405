package io.leadflow.scoring.application.port.in.predictive;

import java.util.Locale;

/** The version ranks won and lost deals too poorly on its hold-out to be published. */
public class AucBelowFloorException extends RuntimeException {

    private final Double auc;
    private final double floor;

    /** {@code auc} is null when the hold-out had no won or no lost deal to rank. */
    public AucBelowFloorException(Double auc, double floor) {
        super(
                auc == null
                        ? String.format(
                                Locale.ROOT,
                                "the version's hold-out has no won or no lost deal, so it has no AUC to reach the publishing"
                                        + " floor %.3f",
                                floor)
                        : String.format(
                                Locale.ROOT,
                                "the version's hold-out AUC %.3f is below the publishing floor %.3f",
                                auc,
                                floor));
        this.auc = auc;
        this.floor = floor;
    }

    public Double auc() {
        return auc;
    }

    public double floor() {
        return floor;
    }
}
