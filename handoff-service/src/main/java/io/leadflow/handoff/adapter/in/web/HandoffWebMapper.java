package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.Actor;
import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.QualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadCommand;
import io.leadflow.handoff.application.port.in.RejectHandoffCommand;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.HandoffId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Hand-offs' and reps' web bodies to commands and views to response bodies. A value that does not parse is refused
 * with its field by {@link WebValues}; the commands' own rules refuse the rest.
 */
@Mapper(uses = WebValues.class)
interface HandoffWebMapper {

    @Mapping(target = "available", defaultValue = "true")
    RegisterRepCommand toCommand(RegisterRepRequest body);

    RejectHandoffCommand toCommand(HandoffId handoffId, RejectHandoffRequest body, Actor actor);

    @Mapping(target = "bant", source = "body")
    QualifyHandoffCommand toCommand(HandoffId handoffId, QualifyHandoffRequest body, Actor actor);

    RegisterSalesLeadCommand toCommand(Actor actor, SalesLeadRequest body);

    RepResponse toResponse(RepView view);

    HandoffResponse toResponse(HandoffView view);
}
