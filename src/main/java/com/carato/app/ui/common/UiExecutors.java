package com.carato.app.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The background executor of the desktop app: daemon threads, so a closing window never hangs. */
public final class UiExecutors {

    private UiExecutors() {
    }

    public static ExecutorService background() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "carato-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
