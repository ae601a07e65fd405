package io.leadflow.scoring.adapter.in.messaging;

import java.util.List;

/** Some events of a message could not be scored; the message is retried and finally dead-lettered. */
class UnscoredEngagementsException extends RuntimeException {

    UnscoredEngagementsException(List<String> failed, int carried) {
        super(failed.size() + " of " + carried + " events not scored: " + String.join("; ", failed));
    }
}
