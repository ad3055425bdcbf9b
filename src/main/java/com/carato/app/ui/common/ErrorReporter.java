package com.carato.app.ui.common;

import org.slf4j.LoggerFactory;

/**
 * Where every unexpected error of the app goes: a failure that no view model handles in place (a
 * bug, a broken installation). The app's implementation ({@code app.AppErrors}) logs it and shows
 * one dialog pointing at the log; tests may collect the errors instead.
 */
@FunctionalInterface
public interface ErrorReporter {

    /**
     * @param what  what was being done, for the log ("appraising a stone")
     * @param error what went wrong
     */
    void unexpected(String what, Throwable error);

    /** Logs only: for view models built without the app (tests, tools). */
    ErrorReporter LOG_ONLY = (what, error) -> LoggerFactory.getLogger(ErrorReporter.class)
            .error("unexpected error while {}", what, error);
}
