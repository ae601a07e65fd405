package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.out.AdminApi;
import java.util.List;

/** The admin's API keys for event sources: list them, create one (its secret shown once), revoke one. */
public interface ApiKeysUseCase {

    List<AdminApi.ApiKey> apiKeys(Caller caller);

    AdminApi.NewApiKey createApiKey(Caller caller, String name);

    void revokeApiKey(Caller caller, String id);
}
