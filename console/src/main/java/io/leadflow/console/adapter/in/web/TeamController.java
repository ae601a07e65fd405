package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.FindTeamBoardQuery;
import io.leadflow.console.application.port.in.ReassignHandoffUseCase;
import io.leadflow.console.application.port.in.SetRepAvailabilityUseCase;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sales manager's team board: their teams' open hand-offs per rep, marked on time, reminded or breached, with
 * each rep's availability. The manager reassigns a waiting hand-off or marks a rep away or back; each answer is the
 * board again. The board polls itself every 10 s.
 */
@Controller
class TeamController {

    private final FindTeamBoardQuery board;
    private final ReassignHandoffUseCase reassign;
    private final SetRepAvailabilityUseCase availability;

    TeamController(FindTeamBoardQuery board, ReassignHandoffUseCase reassign, SetRepAvailabilityUseCase availability) {
        this.board = board;
        this.reassign = reassign;
        this.availability = availability;
    }

    @GetMapping("/team")
    String team(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("board", board.findTeamBoard(caller));
        return htmx == null ? "team" : "team :: board";
    }

    @PostMapping("/team/handoffs/{id}/reassign")
    String reassign(Caller caller, @PathVariable UUID id, @RequestParam UUID repId, Model model) {
        reassign.reassign(caller, id, repId);
        model.addAttribute("board", board.findTeamBoard(caller));
        return "team :: board";
    }

    @PostMapping("/team/reps/{id}/availability")
    String availability(Caller caller, @PathVariable UUID id, @RequestParam boolean available, Model model) {
        availability.setAvailability(caller, id, available);
        model.addAttribute("board", board.findTeamBoard(caller));
        return "team :: board";
    }
}
