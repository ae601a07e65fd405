package io.leadflow.console.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every area of the console, who may use it and whether the navigation offers it. One list serves the navigation
 * (a page a role may not use is not offered) and {@link RoleGuard} (typed in anyway, it answers 403). The roles follow
 * the access matrix of docs/security.md: a page is offered to the roles whose API calls it makes.
 */
enum ConsolePage {
    INBOX("/inbox", "Inbox", true, Role.SALES_REP, Role.SALES_MANAGER),
    HANDOFFS("/handoffs", "New sales lead", false, Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN),
    TEAM("/team", "Team board", true, Role.SALES_MANAGER, Role.ADMIN),
    LEADS("/leads", "Leads", true, Role.MARKETING, Role.ADMIN),
    ACCOUNTS("/accounts", "Accounts", true, Role.MARKETING, Role.SALES_REP, Role.SALES_MANAGER, Role.ADMIN),
    MODELS("/models", "Scoring models", true, Role.MARKETING, Role.ADMIN),
    PREDICTIVE_MODELS("/predictive-models", "Predictive models", true, Role.MARKETING, Role.ADMIN),
    REJECTED("/rejected", "Rejected leads", true, Role.MARKETING, Role.ADMIN),
    TRACKS("/tracks", "Nurture tracks", true, Role.MARKETING, Role.ADMIN),
    REPORTS("/reports", "Reports", true, Role.SALES_MANAGER, Role.MARKETING, Role.ADMIN),
    FUNNEL("/funnel", "Funnel", true, Role.MARKETING, Role.SALES_MANAGER, Role.ADMIN),
    PRIVACY("/privacy", "Privacy requests", true, Role.PRIVACY_OFFICER, Role.ADMIN),
    ADMIN("/admin", "Administration", true, Role.ADMIN);

    /** The LeadFlow roles as the gateway names them in the caller token's {@code roles}. */
    static final class Role {
        static final String MARKETING = "marketing";
        static final String SALES_REP = "sales_rep";
        static final String SALES_MANAGER = "sales_manager";
        static final String ADMIN = "admin";
        static final String PRIVACY_OFFICER = "privacy_officer";

        private Role() {}
    }

    private final String path;
    private final String label;
    private final boolean offered;
    private final Set<String> roles;

    ConsolePage(String path, String label, boolean offered, String... roles) {
        this.path = path;
        this.label = label;
        this.offered = offered;
        this.roles = Set.of(roles);
    }

    String path() {
        return path;
    }

    String label() {
        return label;
    }

    boolean openTo(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    /**
     * The area a path belongs to, if any: {@code /leads/42} belongs to {@link #LEADS}, a download such as
     * {@code /rejected.csv} to {@link #REJECTED}.
     */
    static Optional<ConsolePage> of(String requestPath) {
        return Arrays.stream(values())
                .filter(page -> requestPath.equals(page.path)
                        || requestPath.startsWith(page.path + "/")
                        || requestPath.startsWith(page.path + "."))
                .findFirst();
    }

    /** Whether these roles may change accounts (create, edit, import, a lead's account): marketing's and admins'. */
    static boolean keepsAccounts(Set<String> callerRoles) {
        return callerRoles.contains(Role.MARKETING) || callerRoles.contains(Role.ADMIN);
    }

    /** The areas the navigation offers to someone with these roles, in menu order. */
    static List<ConsolePage> offeredTo(Set<String> callerRoles) {
        return Arrays.stream(values())
                .filter(page -> page.offered && page.openTo(callerRoles))
                .toList();
    }
}
