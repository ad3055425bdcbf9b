package com.carato.ml.registry;

import com.carato.domain.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the append-only registry log.
 *
 * @param time     when it happened
 * @param action   "trained", "promoted", "kept", "rolled-back"
 * @param id       the bundle acted on
 * @param previous the champion before, if any
 * @param actor    who or what did it (user name, "carato retrain", "watch")
 * @param reason   why, in English words (what the command line shows, and all that lines written
 *                 before the codes existed hold)
 * @param figures  the numbers behind the decision
 * @param said     why, as engine-text codes and arguments ({@link com.carato.domain.HistoryReason},
 *                 the rule's {@link com.carato.domain.VerdictReason}s), for showing in any language;
 *                 empty on old lines and on events written without codes
 */
public record RegistryEvent(Instant time, String action, String id, String previous, String actor, String reason,
                            Map<String, Double> figures, List<Message> said) {

    public static final String TRAINED = "trained";
    public static final String PROMOTED = "promoted";
    public static final String KEPT = "kept";
    public static final String ROLLED_BACK = "rolled-back";

    private static final java.util.Set<String> ACTIONS = java.util.Set.of(TRAINED, PROMOTED, KEPT, ROLLED_BACK);

    public RegistryEvent {
        // microseconds, the finest time every store keeps (H2 and PostgreSQL round nanoseconds to
        // them): an event copied between a folder and a database keeps its time exactly
        time = time == null ? null : time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // a code this version does not know (read as null) drops the codes: the English reason stays
        said = said == null || said.stream().anyMatch(java.util.Objects::isNull) ? List.of() : List.copyOf(said);
    }

    /** An event whose reason is only words. */
    public RegistryEvent(Instant time, String action, String id, String previous, String actor, String reason,
                         Map<String, Double> figures) {
        this(time, action, id, previous, actor, reason, figures, List.of());
    }

    /** An event whose reason is said in codes; its English words are rendered from them. */
    public static RegistryEvent said(Instant time, String action, String id, String previous, String actor,
                                     List<Message> said, Map<String, Double> figures) {
        return new RegistryEvent(time, action, id, previous, actor, english(said), figures, said);
    }

    /** Messages in English, joined as one reason. */
    public static String english(List<Message> said) {
        return String.join("; ", said.stream().map(Message::english).toList());
    }

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
