package io.leadflow.ingestion.application.port.in;

import java.util.Map;
import java.util.UUID;

/** A person as ingestion knows them: the lead id, the normalised e-mail and the flat profile attributes. */
public record ContactView(UUID leadId, String email, Map<String, String> attributes, boolean created) {}
