package io.leadflow.archfixture.violating.mapperimplementationoutsideadapter.application.service;

import io.leadflow.archfixture.violating.mapperimplementationoutsideadapter.adapter.in.web.ThingMapper;

/** Stands for the class MapStruct would generate, here written where the application would see it. */
class ThingMapperImpl implements ThingMapper {

    @Override
    public String toName(Integer code) {
        return code == null ? null : "thing-" + code;
    }
}
