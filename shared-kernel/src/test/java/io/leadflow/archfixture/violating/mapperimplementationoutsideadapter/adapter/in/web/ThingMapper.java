package io.leadflow.archfixture.violating.mapperimplementationoutsideadapter.adapter.in.web;

import org.mapstruct.Mapper;

/** In its adapter, as it should be; its implementation is not. */
@Mapper
public interface ThingMapper {

    String toName(Integer code);
}
