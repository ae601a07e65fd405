package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The set of tracks in force. A rejection reason may be taken by several tracks, each with a priority; the highest
 * wins. Two tracks taking one reason at the same priority are refused, so that the choice of track for a rejected
 * lead is never arbitrary. A nurturable reason without a track is allowed (marketing may be rebuilding it) and
 * shows up as such. Inactive tracks take no leads, so they neither win a reason nor tie with an active track; a tie
 * shows when one is activated again.
 */
public final class NurtureTracks {

    private final List<NurtureTrack> tracks;

    public NurtureTracks(List<NurtureTrack> tracks) {
        if (tracks == null) {
            throw new InvalidValueException("tracks", "tracks.required", "a track list is required");
        }
        this.tracks = List.copyOf(tracks);
        Set<String> keys = new HashSet<>();
        for (NurtureTrack track : this.tracks) {
            if (!keys.add(track.key())) {
                throw new InvalidValueException("key", "track.key.unique", "two tracks share the key " + track.key());
            }
        }
        for (int i = 0; i < this.tracks.size(); i++) {
            NurtureTrack track = this.tracks.get(i);
            for (int j = 0; j < i; j++) {
                checkNoTie(this.tracks.get(j), track);
            }
        }
    }

    private static void checkNoTie(NurtureTrack earlier, NurtureTrack track) {
        if (!earlier.active() || !track.active()) {
            return;
        }
        for (int n = 0; n < track.entries().size(); n++) {
            EntryReason entry = track.entries().get(n);
            Optional<Integer> other = earlier.priorityFor(entry.reason());
            if (other.isPresent() && other.get() == entry.priority()) {
                throw new InvalidValueException(
                        "reasons[" + n + "].priority",
                        "track.reasons.priority",
                        entry.reason() + " is taken by both " + earlier.key() + " and " + track.key() + " at priority "
                                + entry.priority() + "; give one of them a higher priority");
            }
        }
        if (track.belowThresholdPriority().isPresent()
                && earlier.belowThresholdPriority().isPresent()
                && track.belowThresholdPriority().getAsInt()
                        == earlier.belowThresholdPriority().getAsInt()) {
            throw new InvalidValueException(
                    "belowThreshold.priority",
                    "track.belowThreshold.priority",
                    "leads below the threshold are taken by both " + earlier.key() + " and " + track.key()
                            + " at the same priority; give one of them a higher priority");
        }
    }

    /** The track that nurtures leads rejected for this reason; empty for a reason that is not nurtured. */
    public Optional<NurtureTrack> trackFor(RejectionReason reason) {
        return tracks.stream()
                .filter(t -> t.active() && t.takes(reason))
                .max(Comparator.comparingInt(t -> t.priorityFor(reason).orElseThrow()));
    }

    /** The track for leads that stayed below the qualification threshold, if marketing has one. */
    public Optional<NurtureTrack> trackForBelowThreshold() {
        return tracks.stream()
                .filter(t -> t.active() && t.belowThresholdPriority().isPresent())
                .max(Comparator.comparingInt(t -> t.belowThresholdPriority().getAsInt()));
    }

    public Optional<NurtureTrack> find(String key) {
        return tracks.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The tracks with this one added or replaced (same key), checked as a whole. */
    public NurtureTracks with(NurtureTrack track) {
        List<NurtureTrack> next = new ArrayList<>(
                tracks.stream().filter(t -> !t.key().equals(track.key())).toList());
        next.add(track);
        return new NurtureTracks(next);
    }

    public List<NurtureTrack> all() {
        return tracks;
    }
}
