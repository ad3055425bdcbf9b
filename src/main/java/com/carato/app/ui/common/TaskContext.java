package com.carato.app.ui.common;

import com.carato.service.Progress;

import java.util.concurrent.CancellationException;

/** What a running {@link BackgroundTask} may ask of its runner: report progress, learn that it should stop. */
public interface TaskContext {

    /** Reports {@code fraction} (0 to 1) of the work done during {@code stage}; coalesced onto the UI thread. */
    void progress(String stage, double fraction);

    /** True when the task was cancelled or superseded by a newer run: stop, the result would be dropped. */
    boolean cancelled();

    /** Throws {@link CancellationException} when {@link #cancelled()}. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /** This context as the service layer's progress callback (the one bridge between the two). */
    default Progress asProgress() {
        TaskContext context = this;
        return new Progress() {
            @Override
            public void update(String stage, double fraction) {
                context.progress(stage, fraction);
            }

            @Override
            public boolean cancelled() {
                return context.cancelled();
            }
        };
    }

    /** A context that reports nowhere and is never cancelled (for calling a task directly). */
    TaskContext NONE = new TaskContext() {
        @Override
        public void progress(String stage, double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
