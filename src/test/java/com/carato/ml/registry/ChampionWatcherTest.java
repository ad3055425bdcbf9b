package com.carato.ml.registry;

import com.carato.register.PostgresServer;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager promotes on one workstation; another hears of it within 10 seconds: at once on
 * PostgreSQL (LISTEN/NOTIFY, with polling set far beyond 10 s to prove it), by polling on H2.
 */
class ChampionWatcherTest {

    @TempDir
    Path folder;

    @Test
    void postgresTellsTheOtherWorkstationAtOnce() throws Exception {
        String url = PostgresServer.shared().createDatabase();
        try (ShopDatabase manager = ShopDatabase.open(url, "postgres", "");
             ShopDatabase counter = ShopDatabase.open(url, "postgres", "")) {
            JdbcChampionLog managerLog = new JdbcChampionLog(manager);
            promote(managerLog, "m-1", null);
            BlockingQueue<String> heard = new ArrayBlockingQueue<>(10);
            try (ChampionWatcher watcher = new ChampionWatcher(new JdbcChampionLog(counter), counter,
                    Duration.ofMinutes(5), heard::add, reachable -> { }).start("m-1")) {
                long start = System.nanoTime();
                promote(managerLog, "m-2", "m-1");
                assertEquals("m-2", heard.poll(10, TimeUnit.SECONDS), "heard within 10 s");
                System.out.printf("champion switch heard by the other workstation after %.0f ms (LISTEN/NOTIFY)%n",
                        (System.nanoTime() - start) / 1e6);
            }
        }
    }

    @Test
    void h2IsPolled() throws Exception {
        try (ShopDatabase db = ShopDatabase.embedded(folder)) {
            JdbcChampionLog log = new JdbcChampionLog(db);
            promote(log, "m-1", null);
            BlockingQueue<String> heard = new ArrayBlockingQueue<>(10);
            try (ChampionWatcher watcher = new ChampionWatcher(log, db, Duration.ofSeconds(2), heard::add,
                    reachable -> { }).start("m-1")) {
                promote(log, "m-2", "m-1");
                assertEquals("m-2", heard.poll(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void closedFromAnInterruptedThreadItStillWaitsForTheChangeInHand() throws Exception {
        try (ShopDatabase db = ShopDatabase.embedded(folder)) {
            JdbcChampionLog log = new JdbcChampionLog(db);
            promote(log, "m-1", null);
            CountDownLatch handling = new CountDownLatch(1);
            AtomicBoolean finished = new AtomicBoolean();
            ChampionWatcher watcher = new ChampionWatcher(log, db, Duration.ofMillis(200), id -> {
                handling.countDown();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(800);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // a change being handled (a champion loaded and cached), not interruptible
                }
                finished.set(true);
            }, reachable -> { }).start("m-1");
            promote(log, "m-2", "m-1");
            assertTrue(handling.await(10, TimeUnit.SECONDS), "the change is being handled");

            // a server stopped by an interrupt closes its watcher on its way out
            Thread.currentThread().interrupt();
            watcher.close();
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            assertTrue(finished.get(), "close returned only after the change in hand was done");
        }
    }

    private static void promote(ChampionLog log, String id, String previous) throws Exception {
        log.append(new RegistryEvent(Instant.now(), RegistryEvent.TRAINED, id, previous, "test", null, Map.of()));
        log.append(new RegistryEvent(Instant.now(), RegistryEvent.PROMOTED, id, previous, "manager", null, Map.of()));
    }
}
