package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the funnel to revenue groups leads by: their first touch's channel or campaign, their segment, the band of the
 * score they qualified with (20 points wide), their fit grade, or the rep holding them when sales last moved them.
 */
public enum FunnelDimension {
    CHANNEL,
    CAMPAIGN,
    SEGMENT,
    SCORE_BAND,
    GRADE,
    REP;

    public static FunnelDimension parse(String text) {
        String name =
                text == null ? "CHANNEL" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "by",
                        "by.unknown",
                        "by is one of "
                                + Arrays.stream(values())
                                        .map(d -> d.name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'))
                                        .collect(Collectors.joining(", "))));
    }
}
