package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.TeamId;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WorkingHours;
import io.leadflow.kernel.InvalidValueException;
import java.time.ZoneId;
import java.util.Set;

/**
 * A rep's organisational data: team, chat handle, the segments and territories they cover, capacity, weight, time
 * zone and working hours, name, webhook and availability. A null value keeps what the rep has.
 */
public record UpdateRepDetailsCommand(
        RepId id,
        String name,
        WebhookUrl webhookUrl,
        Boolean available,
        TeamId teamId,
        String chatHandle,
        Set<String> segments,
        Set<String> territories,
        Integer capacity,
        Integer weight,
        ZoneId timeZone,
        WorkingHours workingHours) {

    public UpdateRepDetailsCommand {
        Commands.require(id, "id");
        if (name != null && name.isBlank()) {
            throw new InvalidValueException("name", "name.required", "a rep's name is required");
        }
        name = Commands.limited(name == null ? null : name.strip(), "name", 200);
        segments = Commands.conditions(segments);
        territories = Commands.conditions(territories);
        if (capacity != null && (capacity < 1 || capacity > SalesRep.MAX_CAPACITY)) {
            throw new InvalidValueException(
                    "capacity",
                    "capacity.range",
                    "capacity is between 1 and " + SalesRep.MAX_CAPACITY + " open hand-offs");
        }
        if (weight != null && (weight < 1 || weight > SalesRep.MAX_WEIGHT)) {
            throw new InvalidValueException("weight", "weight.range", "weight is between 1 and " + SalesRep.MAX_WEIGHT);
        }
    }
}
