package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.in.ChangeTrackUseCase;
import io.leadflow.console.application.port.in.FindTracksQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The nurture tracks with their steps and how the leads on them fared over the last 90 days, and marketing's edits:
 * a new track, a track's next version, pausing and resuming. Each answer is the track list again; a track nurturing
 * refuses comes back (422) in its form with each error at its input.
 */
@Controller
class TrackController {

    private static final String LIST = "tracks :: trackList";

    private final FindTracksQuery tracks;
    private final ChangeTrackUseCase change;

    TrackController(FindTracksQuery tracks, ChangeTrackUseCase change) {
        this.tracks = tracks;
        this.change = change;
    }

    @GetMapping("/tracks")
    String tracks(Caller caller, Model model) {
        list(caller, model, null);
        return "tracks";
    }

    @PostMapping("/tracks")
    String create(
            Caller caller,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        TrackForm typed = TrackForm.read(null, form);
        return save(
                caller, TrackEditor.blank(), typed, model, response, () -> change.createTrack(caller, typed.track()));
    }

    @PostMapping("/tracks/{key}")
    String update(
            Caller caller,
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        TrackForm typed = TrackForm.read(key, form);
        return save(
                caller,
                TrackEditor.of(typed.track()),
                typed,
                model,
                response,
                () -> change.updateTrack(caller, typed.track()));
    }

    @PostMapping("/tracks/{key}/active")
    String active(Caller caller, @PathVariable String key, @RequestParam boolean active, Model model) {
        change.setTrackActive(caller, key, active);
        list(caller, model, null);
        return LIST;
    }

    private String save(
            Caller caller,
            TrackEditor editor,
            TrackForm typed,
            Model model,
            HttpServletResponse response,
            Runnable call) {
        if (!typed.errors().isEmpty()) {
            return refused(caller, editor.refused(typed.track(), typed.errors()), model, response);
        }
        try {
            call.run();
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 400 && refusal.status() != 409) {
                throw refusal;
            }
            return refused(
                    caller, editor.refused(typed.track(), TrackEditor.placed(typed.track(), refusal)), model, response);
        }
        list(caller, model, null);
        return LIST;
    }

    private String refused(Caller caller, TrackEditor editor, Model model, HttpServletResponse response) {
        response.setStatus(422);
        list(caller, model, editor);
        return LIST;
    }

    /** The list with a form per track; {@code refused} replaces the form it belongs to. */
    private void list(Caller caller, Model model, @Nullable TrackEditor refused) {
        FindTracksQuery.TrackOverview overview = tracks.findTracks(caller);
        Map<String, TrackEditor> editors = new LinkedHashMap<>();
        for (NurtureTrack track : overview.tracks()) {
            TrackDefinition definition = track.definition();
            if (definition != null) {
                editors.put(track.key(), TrackEditor.of(definition));
            }
        }
        TrackEditor creating = TrackEditor.blank();
        if (refused != null && refused.creating()) {
            creating = refused;
        } else if (refused != null) {
            editors.put(refused.track().key(), refused);
        }
        model.addAttribute("overview", overview);
        model.addAttribute("editors", editors);
        model.addAttribute("newTrack", creating);
    }
}
