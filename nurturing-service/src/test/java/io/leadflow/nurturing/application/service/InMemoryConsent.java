package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.ConsentChangedEvent;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import java.util.HashMap;
import java.util.Map;

/** {@link ConsentRegister} in memory: the newest revision per lead wins. */
final class InMemoryConsent implements ConsentRegister {
    final Map<LeadId, ConsentChangedEvent> byLead = new HashMap<>();

    @Override
    public boolean keep(ConsentChangedEvent standing) {
        ConsentChangedEvent known = byLead.get(standing.metadata().lead());
        if (known != null && known.revision() >= standing.revision()) {
            return false;
        }
        byLead.put(standing.metadata().lead(), standing);
        return true;
    }

    @Override
    public boolean contactSuppressed(LeadId lead) {
        ConsentChangedEvent known = byLead.get(lead);
        return known != null && known.contactSuppressed();
    }
}
