package com.carato.service;

/**
 * The last step of a retrain, as recorded in the registry log.
 *
 * @param outcome       promoted, kept, or candidate (passes the rule, left for a person to promote)
 * @param challengerId  the new bundle
 * @param championAfter the champion now
 * @param event         the log entry (who, when, why, figures)
 */
public record RetrainDecision(Outcome outcome, String challengerId, String championAfter, ModelEvent event) {

    public enum Outcome {
        /** The challenger is the champion now. */
        PROMOTED,
        /** The rule (or a person) kept the champion. */
        KEPT,
        /** The rule would promote, but promotion was left to a person ({@code carato models promote ID}). */
        CANDIDATE
    }
}
