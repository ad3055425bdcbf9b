package com.carato.ml.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the append-only registry log.
 *
 * @param time     when it happened
 * @param action   "trained", "promoted", "kept", "rolled-back"
 * @param id       the bundle acted on
 * @param previous the champion before, if any
 * @param actor    who or what did it (user name, "carato retrain", "watch")
 * @param reason   why, in words (the promotion rule's verdict, a note)
 * @param figures  the numbers behind the decision
 */
public record RegistryEvent(Instant time, String action, String id, String previous, String actor, String reason,
                            Map<String, Double> figures) {

    public static final String TRAINED = "trained";
    public static final String PROMOTED = "promoted";
    public static final String KEPT = "kept";
    public static final String ROLLED_BACK = "rolled-back";

    private static final java.util.Set<String> ACTIONS = java.util.Set.of(TRAINED, PROMOTED, KEPT, ROLLED_BACK);

    /** What makes this event unusable (as read from a log line), or null when it is whole. */
    public String problem() {
        if (time == null) {
            return "no time";
        }
        if (action == null || !ACTIONS.contains(action)) {
            return "unknown action \"" + action + "\"";
        }
        if (id == null) {
            return "no model id";
        }
        return null;
    }

    /** True for the actions that change the champion. */
    public boolean changesChampion() {
        return PROMOTED.equals(action) || ROLLED_BACK.equals(action);
    }
}
