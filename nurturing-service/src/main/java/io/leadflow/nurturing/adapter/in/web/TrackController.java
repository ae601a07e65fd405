package io.leadflow.nurturing.adapter.in.web;

import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/nurture/tracks")
class TrackController {

    private final FindTracksQuery findTracks;

    TrackController(FindTracksQuery findTracks) {
        this.findTracks = findTracks;
    }

    /** The tracks in force, each with the rejection reasons it takes. */
    @GetMapping
    List<TrackResponse> tracks() {
        return findTracks.findTracks().stream().map(NurtureResponses::track).toList();
    }
}
