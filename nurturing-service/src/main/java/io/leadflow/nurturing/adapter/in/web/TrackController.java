package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.nurturing.application.port.in.DefineTrackCommand;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/tracks")
class TrackController {

    private final FindTracksQuery findTracks;
    private final DefineTrackUseCase defineTrack;
    private final NurtureWebMapper mapper;

    TrackController(FindTracksQuery findTracks, DefineTrackUseCase defineTrack, NurtureWebMapper mapper) {
        this.findTracks = findTracks;
        this.defineTrack = defineTrack;
        this.mapper = mapper;
    }

    /** The tracks in force, each with its reasons, steps and exits. */
    @GetMapping
    List<TrackResponse> tracks() {
        return findTracks.findTracks().stream()
                .map(v -> mapper.toResponse(v.track()))
                .toList();
    }

    @GetMapping("/{key}")
    TrackResponse track(@PathVariable String key) {
        return mapper.toResponse(findTracks.findTrack(key).track());
    }

    /** A new track (201); 409 when the key is taken, 400 naming the field for a track that breaks a rule. */
    @PostMapping
    ResponseEntity<TrackResponse> create(@RequestBody TrackRequest request) {
        String key = request == null ? null : request.key();
        TrackResponse created = mapper.toResponse(defineTrack
                .defineTrack(new DefineTrackCommand(TrackRequests.track(key, request), true))
                .track());
        return ResponseEntity.created(URI.create("/api/v1/nurture/tracks/" + created.key()))
                .body(created);
    }

    /**
     * The track's next version. Leads already on the track keep the steps and dates they were enrolled with; new
     * enrolments follow the new version.
     */
    @PutMapping("/{key}")
    TrackResponse update(@PathVariable String key, @RequestBody TrackRequest request) {
        if (request != null && request.key() != null && !request.key().equals(key)) {
            throw new InvalidValueException(
                    "key",
                    "track.key.immutable",
                    "the body's key must match the path's key (a track's key cannot change)");
        }
        return mapper.toResponse(defineTrack
                .defineTrack(new DefineTrackCommand(TrackRequests.track(key, request), false))
                .track());
    }
}
