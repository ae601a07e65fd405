package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase;
import io.leadflow.console.application.port.in.SalesOrganisationUseCase.RuleFields;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's routing rules (which team gets which leads, in order) and SLA policies per priority. */
@Controller
class AdminRoutingController {

    private final SalesOrganisationUseCase organisation;

    AdminRoutingController(SalesOrganisationUseCase organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/admin/routing")
    String routing(Caller caller, Model model) {
        addRules(caller, model);
        return "admin-routing";
    }

    @PostMapping("/admin/routing")
    String define(
            Caller caller,
            @RequestParam(defaultValue = "") String position,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String segments,
            @RequestParam(defaultValue = "") String countries,
            @RequestParam(defaultValue = "") String grades,
            @RequestParam(defaultValue = "") String sources,
            @RequestParam(defaultValue = "") String minCompanySize,
            @RequestParam(defaultValue = "") String maxCompanySize,
            @RequestParam(defaultValue = "") String teamId,
            @RequestParam(defaultValue = "") String secondTierTeamId,
            Model model) {
        organisation.defineRoutingRule(
                caller,
                new RuleFields(
                        position,
                        name,
                        segments,
                        countries,
                        grades,
                        sources,
                        minCompanySize,
                        maxCompanySize,
                        teamId,
                        secondTierTeamId));
        addRules(caller, model);
        return "admin-routing :: list";
    }

    @DeleteMapping("/admin/routing/{id}")
    String delete(Caller caller, @PathVariable UUID id, Model model) {
        organisation.deleteRoutingRule(caller, id);
        addRules(caller, model);
        return "admin-routing :: list";
    }

    @GetMapping("/admin/sla")
    String sla(Caller caller, Model model) {
        model.addAttribute("policies", organisation.slaPolicies(caller));
        return "admin-sla";
    }

    @PostMapping("/admin/sla/{priority}")
    String setPolicy(
            Caller caller,
            @PathVariable String priority,
            @RequestParam(defaultValue = "") String acceptWithin,
            @RequestParam(defaultValue = "") String decideWithin,
            @RequestParam(defaultValue = "") String remindAtPercent,
            @RequestParam(defaultValue = "false") boolean reassignOnBreach,
            Model model) {
        organisation.setSlaPolicy(caller, priority, acceptWithin, decideWithin, remindAtPercent, reassignOnBreach);
        model.addAttribute("policies", organisation.slaPolicies(caller));
        return "admin-sla :: list";
    }

    private void addRules(Caller caller, Model model) {
        model.addAttribute("rules", organisation.routingRules(caller));
        model.addAttribute("teams", organisation.teams(caller));
    }
}
