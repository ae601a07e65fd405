package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.RejectionReason;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The set of tracks in force. Each rejection reason leads to at most one track, so that the choice of track for a
 * rejected lead is never ambiguous; a nurturable reason without a track is allowed (marketing may be rebuilding
 * it) and shows up as such.
 */
public final class NurtureTracks {

    private final List<NurtureTrack> tracks;
    private final Map<RejectionReason, NurtureTrack> byReason = new EnumMap<>(RejectionReason.class);

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
            for (RejectionReason reason : track.reasons()) {
                NurtureTrack earlier = byReason.putIfAbsent(reason, track);
                if (earlier != null) {
                    throw new InvalidValueException("reasons", "track.reasons.unique",
                            reason + " is taken by both " + earlier.key() + " and " + track.key());
                }
            }
        }
    }

    /** The track that nurtures leads rejected for this reason; empty for a reason that is not nurtured. */
    public Optional<NurtureTrack> trackFor(RejectionReason reason) {
        return Optional.ofNullable(byReason.get(reason));
    }

    public List<NurtureTrack> all() {
        return tracks;
    }
}
