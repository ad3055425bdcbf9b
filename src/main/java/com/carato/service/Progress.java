package com.carato.service;

import com.carato.domain.Message;

/** Where long work reports how far it is, and learns that it should stop. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    /** {@code fraction} of the whole work done, in [0, 1], during {@code stage}. */
    default void update(Message stage, double fraction) {
    }

    /** True when the user asked to stop; checked between steps. */
    default boolean cancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
