package com.carato.domain;

/**
 * One kind of text the engine hands to a person: a stable code (what scripts and the REST API
 * match on, never translated) and its English default, a {@link java.text.MessageFormat} pattern
 * whose {@code {0}}, {@code {1}}, … are the message's arguments. The translations live in the
 * {@code engine} resource bundles under the code as key; see {@link EngineTexts}.
 */
public interface MessageCode {

    /** The stable code, e.g. {@code progress.cv-rounds}; also the bundle key. */
    String code();

    /** The English pattern, used by the CLI and REST and when a bundle lacks the key. */
    String english();

    /** A message of this code with its arguments. */
    default Message with(Object... args) {
        return new Message(this, args);
    }
}
