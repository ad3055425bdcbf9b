package com.carato.app.ui.common;

/**
 * Work a view model runs off the UI thread through a {@link TaskRunner}: it reports progress and
 * checks for cancellation through its {@link TaskContext}, and returns a result (or throws).
 * A task must not touch view-model state: the runner delivers its result on the UI thread.
 *
 * @param <T> the result; {@code Void} (return null) for work done for its effect
 */
@FunctionalInterface
public interface BackgroundTask<T> {

    T call(TaskContext context) throws Exception;
}
