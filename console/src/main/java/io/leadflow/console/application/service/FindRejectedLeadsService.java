package io.leadflow.console.application.service;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.ListPaging;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.RejectedLeadList;
import io.leadflow.console.application.port.in.ExportRejectedLeadsQuery;
import io.leadflow.console.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.console.application.port.in.RejectedLeadFilter;
import io.leadflow.console.application.port.out.NurtureApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class FindRejectedLeadsService implements FindRejectedLeadsQuery, ExportRejectedLeadsQuery {

    private final NurtureApi nurture;

    FindRejectedLeadsService(NurtureApi nurture) {
        this.nurture = nurture;
    }

    @Override
    public RejectedLeadList findRejectedLeads(Caller caller, RejectedLeadFilter filter) {
        NurtureApi.Page page = nurture.rejected(caller, filter.filters(), filter.page(), RejectedLeadFilter.SIZE);
        Map<String, String> tracks = new LinkedHashMap<>();
        for (NurtureTrack track : nurture.tracks(caller)) {
            tracks.put(track.key(), track.name());
        }
        return new RejectedLeadList(page.leads(), new ListPaging(page.page(), page.size(), page.total()), tracks);
    }

    @Override
    public String exportRejectedLeads(Caller caller, RejectedLeadFilter filter) {
        return nurture.rejectedCsv(caller, filter.filters());
    }
}
