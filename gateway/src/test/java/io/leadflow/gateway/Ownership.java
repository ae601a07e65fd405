package io.leadflow.gateway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hand-off service's ownership rule as the identity contract states it, for the stub: only the
 * assignee, the manager of the assignee's team, or an admin may see or act on a hand-off; anyone else gets
 * 404 (the hand-off's existence is not revealed). Two hand-offs exist: one of each rep.
 */
final class Ownership {

    static final String REP = "rep@leadflow.test";
    static final String OTHER_REP = "other.rep@leadflow.test";
    static final String MANAGER = "manager@leadflow.test";
    static final String OTHER_MANAGER = "other.manager@leadflow.test";

    static final String OWN_HANDOFF = "h-rep";
    static final String FOREIGN_HANDOFF = "h-other-rep";

    private record Owner(String assignee, String manager) {}

    private static final Map<String, Owner> HANDOFFS = Map.of(
            OWN_HANDOFF, new Owner(REP, MANAGER),
            FOREIGN_HANDOFF, new Owner(OTHER_REP, OTHER_MANAGER));

    private Ownership() {}

    static boolean allows(String path, @Nullable String user, @Nullable String roles) {
        if (!path.startsWith("/api/v1/handoffs/")) {
            return true;
        }
        String id = path.substring("/api/v1/handoffs/".length()).split("/")[0];
        Owner owner = HANDOFFS.get(id);
        if (owner == null) {
            return true;
        }
        List<String> granted = roles == null ? List.of() : Arrays.asList(roles.split(","));
        return granted.contains("admin")
                || owner.assignee().equals(user)
                || granted.contains("sales_manager") && owner.manager().equals(user);
    }
}
