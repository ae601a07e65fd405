package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase.TeamFields;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's teams (with their business calendars and Slack channel) and reps. Each change answers the list. */
@Controller
class AdminOrganisationController {

    private final SalesOrganisationUseCase organisation;

    AdminOrganisationController(SalesOrganisationUseCase organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/admin/teams")
    String teams(Caller caller, Model model) {
        model.addAttribute("teams", organisation.teams(caller));
        return "admin-teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(
            Caller caller,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String manager,
            @RequestParam(defaultValue = "") String timeZone,
            @RequestParam(defaultValue = "") String workingHours,
            @RequestParam(defaultValue = "") String holidays,
            @RequestParam(defaultValue = "") String slackWebhookUrl,
            Model model) {
        organisation.createTeam(
                caller, new TeamFields(name, manager, timeZone, workingHours, holidays, slackWebhookUrl));
        return teamList(caller, model);
    }

    @PostMapping("/admin/teams/{id}")
    String updateTeam(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String manager,
            @RequestParam(defaultValue = "") String timeZone,
            @RequestParam(defaultValue = "") String workingHours,
            @RequestParam(defaultValue = "") String holidays,
            @RequestParam(defaultValue = "") String slackWebhookUrl,
            Model model) {
        organisation.updateTeam(
                caller, id, new TeamFields(name, manager, timeZone, workingHours, holidays, slackWebhookUrl));
        return teamList(caller, model);
    }

    @GetMapping("/admin/reps")
    String reps(Caller caller, Model model) {
        addReps(caller, model);
        return "admin-reps";
    }

    @PostMapping("/admin/reps")
    String registerRep(
            Caller caller,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            Model model) {
        organisation.registerRep(caller, name, email);
        addReps(caller, model);
        return "admin-reps :: list";
    }

    @PostMapping("/admin/reps/{id}")
    String updateRep(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String teamId,
            @RequestParam(defaultValue = "") String capacity,
            Model model) {
        organisation.updateRep(caller, id, name, teamId, capacity);
        addReps(caller, model);
        return "admin-reps :: list";
    }

    private String teamList(Caller caller, Model model) {
        model.addAttribute("teams", organisation.teams(caller));
        return "admin-teams :: list";
    }

    private void addReps(Caller caller, Model model) {
        model.addAttribute("reps", organisation.reps(caller));
        model.addAttribute("teams", organisation.teams(caller));
    }
}
