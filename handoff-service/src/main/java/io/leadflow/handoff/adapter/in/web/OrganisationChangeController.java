package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.FindOrganisationChangesQuery;
import io.leadflow.handoff.domain.OrganisationChange;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed the sales organisation, newest first; admins only (the gateway's access matrix). */
@RestController
class OrganisationChangeController {

    private final FindOrganisationChangesQuery changes;

    OrganisationChangeController(FindOrganisationChangesQuery changes) {
        this.changes = changes;
    }

    @GetMapping("/api/v1/organisation-changes")
    List<OrganisationChange> latest(@RequestParam(defaultValue = "100") String limit) {
        return changes.latestChanges(WebValues.number(limit, "limit"));
    }
}
