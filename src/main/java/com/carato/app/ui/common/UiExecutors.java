package com.carato.app.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The background executor of the desktop app: daemon threads, so a closing window never hangs. */
public final class UiExecutors {

    private UiExecutors() {
    }

    /** For short work that a user waits for: loading files, appraisals, charts. */
    public static ExecutorService background() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "carato-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * For long jobs (training, retraining, reports), one at a time, so that they never take the
     * threads that appraisals and charts need.
     */
    public static ExecutorService longWork() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "carato-long-work");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }
}
