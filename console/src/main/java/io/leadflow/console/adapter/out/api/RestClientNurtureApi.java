package io.leadflow.console.adapter.out.api;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.NurtureStatistics;
import io.leadflow.console.application.NurtureTrack;
import io.leadflow.console.application.TrackDefinition;
import io.leadflow.console.application.port.out.NurtureApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Nurturing's rejected leads, export, tracks (read, created, changed) and statistics ({@code /api/v1/nurture/...}),
 * called as the person.
 */
@Component
class RestClientNurtureApi implements NurtureApi {

    private static final ParameterizedTypeReference<List<TrackBody>> TRACKS = new ParameterizedTypeReference<>() {};

    private final GatewayApi gateway;

    RestClientNurtureApi(GatewayApi gateway) {
        this.gateway = gateway;
    }

    @Override
    public Page rejected(Caller caller, Map<String, String> filters, int page, int size) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        all.put("page", Integer.toString(page));
        all.put("size", Integer.toString(size));
        LeadQueryTemplate query = LeadQueryTemplate.of("/api/v1/nurture/rejected", all);
        RejectedLeadsBody body = gateway.get(caller, query.template(), RejectedLeadsBody.class, query.values());
        return body == null ? new Page(List.of(), page, size, 0) : body.toPage();
    }

    @Override
    public String rejectedCsv(Caller caller, Map<String, String> filters) {
        LeadQueryTemplate query = LeadQueryTemplate.of("/api/v1/nurture/rejected/export", filters);
        return gateway.text(caller, query.template(), query.values());
    }

    @Override
    public List<NurtureTrack> tracks(Caller caller) {
        List<TrackBody> body = gateway.get(caller, "/api/v1/nurture/tracks", TRACKS);
        return body == null ? List.of() : body.stream().map(TrackBody::toTrack).toList();
    }

    @Override
    public TrackDefinition track(Caller caller, String key) {
        TrackBody body = gateway.get(caller, "/api/v1/nurture/tracks/{key}", TrackBody.class, key);
        if (body == null) {
            throw new ApiRefusal(404, "There is no track " + key + ".", Map.of());
        }
        return body.toDefinition();
    }

    @Override
    public void createTrack(Caller caller, TrackDefinition track) {
        gateway.send(caller, HttpMethod.POST, "/api/v1/nurture/tracks", TrackRequestBody.of(track));
    }

    @Override
    public void updateTrack(Caller caller, TrackDefinition track) {
        gateway.send(caller, HttpMethod.PUT, "/api/v1/nurture/tracks/{key}", TrackRequestBody.of(track), track.key());
    }

    @Override
    public NurtureStatistics statistics(Caller caller) {
        NurtureStatisticsBody body = gateway.get(caller, "/api/v1/nurture/stats", NurtureStatisticsBody.class);
        return body == null ? new NurtureStatisticsBody(null, null, null, null).toStatistics() : body.toStatistics();
    }
}
