package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.FindTracksQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The nurture tracks in force with their steps, and how the leads on them fared over the last 90 days. */
@Controller
class TrackController {

    private final FindTracksQuery tracks;

    TrackController(FindTracksQuery tracks) {
        this.tracks = tracks;
    }

    @GetMapping("/tracks")
    String tracks(Caller caller, Model model) {
        model.addAttribute("overview", tracks.findTracks(caller));
        return "tracks";
    }
}
