package io.leadflow.archfixture.violating.mapperoutsideadapter.application.service;

import org.mapstruct.Mapper;

@Mapper
interface ThingMapper {

    String toName(Integer code);
}
