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

    /** One team: its reps by name and the hand-offs routed to it that wait for a rep, oldest first. */
    public record Team(UUID id, String name, List<Lane> lanes, List<Waiting> waiting) {

        public Team {
            lanes = List.copyOf(lanes);
            waiting = List.copyOf(waiting);
        }

        /** The reps a waiting hand-off can go to: the available ones (an away rep gets no new hand-offs). */
        public List<Lane> availableLanes() {
            return lanes.stream().filter(Lane::available).toList();
        }
    }

    /**
     * A hand-off waiting for a rep: no deadline runs until a rep has it, so what counts is how long it has waited and
     * whether it is hot. {@code note} says why it has no rep, {@code contact} whom it is about (both may be null).
     */
    public record Waiting(
            UUID id,
            UUID leadId,
            int score,
            boolean hot,
            @Nullable Instant since,
            @Nullable String note,
            @Nullable String contact) {

        /** The lead as the board names it: the contact when known, else the lead's id. */
        public String lead() {
            return contact == null || contact.isBlank() ? leadId.toString() : contact;
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
