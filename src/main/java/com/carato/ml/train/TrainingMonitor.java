package com.carato.ml.train;

import com.carato.domain.Message;

import java.util.concurrent.CancellationException;

/** Where training reports progress and learns that it should stop. */
public interface TrainingMonitor {

    /** A monitor that ignores progress and never cancels. */
    TrainingMonitor NONE = new TrainingMonitor() {
    };

    /** Progress of the current stage, {@code fraction} in [0, 1] of the whole training. */
    default void progress(Message stage, double fraction) {
    }

    /** True when the caller wants training to stop; checked between steps. */
    default boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    /** Throws {@link CancellationException} when cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("training cancelled");
        }
    }
}
