package io.leadflow.archfixture.compliant.adapter.in.web;

import io.leadflow.archfixture.compliant.application.port.in.RegisterThingCommand;
import org.mapstruct.Mapper;

@Mapper(componentModel = "spring")
interface ThingWebMapper {

    RegisterThingCommand toCommand(RegisterThingRequest request);
}
