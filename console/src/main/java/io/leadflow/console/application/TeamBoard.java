package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sales manager's board: per team they manage, each rep with their availability and the open hand-offs they hold,
 * each marked on time, reminded or breached, so the manager sees who needs help and can move a lead.
 */
public record TeamBoard(List<Team> teams) {

    public TeamBoard {
        teams = List.copyOf(teams);
    }

    /** One team and its reps, by name. */
    public record Team(UUID id, String name, List<Lane> lanes) {

        public Team {
            lanes = List.copyOf(lanes);
        }
    }

    /** One rep: away reps keep their hand-offs but get no new ones. */
    public record Lane(UUID repId, String name, String email, boolean available, List<Entry> handoffs) {

        public Lane {
            handoffs = List.copyOf(handoffs);
        }
    }

    /** An open hand-off; {@code slaState} is on_time, reminded or breached (null when no deadline runs). */
    public record Entry(
            UUID id,
            UUID leadId,
            String status,
            int score,
            @Nullable String slaState,
            @Nullable Instant dueAt) {

        public boolean waiting() {
            return "ASSIGNED".equals(status);
        }

        /** The state in words for the board. */
        public String slaLabel() {
            if (slaState == null) {
                return "no deadline";
            }
            return switch (slaState) {
                case "breached" -> "breached";
                case "reminded" -> "reminded";
                default -> "on time";
            };
        }
    }
}
