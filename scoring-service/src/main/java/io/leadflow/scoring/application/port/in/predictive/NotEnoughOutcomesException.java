package io.leadflow.scoring.application.port.in.predictive;

/** Cold start: too few won or lost outcomes are known to train; says how many of each are still missing. */
public class NotEnoughOutcomesException extends RuntimeException {

    private final int won;
    private final int lost;
    private final int missingWon;
    private final int missingLost;

    public NotEnoughOutcomesException(int won, int lost, int missingWon, int missingLost) {
        super("training needs " + missingWon + " more won and " + missingLost + " more lost outcomes (known: " + won
                + " won, " + lost + " lost)");
        this.won = won;
        this.lost = lost;
        this.missingWon = missingWon;
        this.missingLost = missingLost;
    }

    public int won() {
        return won;
    }

    public int lost() {
        return lost;
    }

    public int missingWon() {
        return missingWon;
    }

    public int missingLost() {
        return missingLost;
    }
}
