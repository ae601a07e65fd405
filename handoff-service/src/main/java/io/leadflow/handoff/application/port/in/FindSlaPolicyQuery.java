package io.leadflow.handoff.application.port.in;

import java.util.List;

/** Reads the SLA policies that have been set (a priority without one runs on the defaults). */
public interface FindSlaPolicyQuery {

    List<SlaPolicyView> findSlaPolicies();
}
