package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hand-off service's teams, reps and open hand-offs as the caller may see them (a manager's open hand-offs are
 * their teams'), the hand-offs waiting for a rep, and the manager's two moves: (re)assigning a hand-off and marking
 * a rep away or back.
 */
public interface TeamApi {

    /** A team and its manager's e-mail. */
    record Team(UUID id, String name, String manager) {}

    /** A rep; {@code teamId} is null for a rep without a team. */
    record Rep(
            UUID id,
            String name,
            String email,
            boolean available,
            @Nullable UUID teamId) {}

    /** An open hand-off with its holder and SLA state. */
    record OpenHandoff(
            UUID id,
            UUID leadId,
            String status,
            int score,
            @Nullable UUID repId,
            @Nullable String slaState,
            @Nullable Instant dueAt) {}

    /**
     * A hand-off waiting for a rep (UNASSIGNED): the team routing sent it to (null: none), its priority ({@code hot}
     * or {@code normal}, null when unknown), when it started waiting, why it has no rep, and whom it is about.
     */
    record WaitingHandoff(
            UUID id,
            UUID leadId,
            int score,
            @Nullable UUID teamId,
            @Nullable String priority,
            @Nullable Instant waitingSince,
            @Nullable String note,
            @Nullable String contact) {}

    List<Team> teams(Caller caller);

    List<Rep> reps(Caller caller);

    List<OpenHandoff> openHandoffs(Caller caller);

    /** The hand-offs waiting for a rep routed to the caller's teams (an admin: all), oldest first. */
    List<WaitingHandoff> waitingHandoffs(Caller caller);

    void reassign(Caller caller, UUID handoffId, UUID repId);

    void setAvailability(Caller caller, UUID repId, boolean available);
}
