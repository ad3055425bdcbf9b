package com.carato.app.ui.retrain;

/**
 * Something that went wrong, for a shop manager: the kind picks a plain sentence from the texts,
 * the detail says which file or model (the full story goes to the log).
 *
 * @param kind   what went wrong
 * @param detail the service's message (which registry, which file, who holds the lock)
 */
public record Failure(Kind kind, String detail) {

    public enum Kind {
        /** Another retrain holds the registry's lock. */
        BUSY,
        /** The current model (or the registry) cannot be used. */
        MODEL,
        /** The rejected rows could not be written. */
        EXPORT,
        /** Anything else: a bug; the log has the stack trace. */
        UNEXPECTED
    }
}
