package com.carato.ml.registry;

import com.carato.register.PostgresServer;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The champion log in the shop database: two workstations (each its own connections) promoting at
 * once never break the one-champion rule; a promotion made on the expectation of a champion that
 * another workstation replaced meanwhile is refused, and nothing of it is written.
 */
class JdbcChampionLogTest {

    @TempDir
    Path folder;

    @Test
    void twoWorkstationsPromotingAtOnceOnPostgres() throws Exception {
        String url = PostgresServer.shared().createDatabase();
        try (ShopDatabase a = ShopDatabase.open(url, "postgres", ""); ShopDatabase b = ShopDatabase.open(url, "postgres", "")) {
            race(new JdbcChampionLog(a), new JdbcChampionLog(b), a);
        }
    }

    @Test
    void twoWritersAtOnceOnH2() throws Exception {
        try (ShopDatabase db = ShopDatabase.embedded(folder)) {
            race(new JdbcChampionLog(db), new JdbcChampionLog(db), db);
        }
    }

    private static void race(JdbcChampionLog first, JdbcChampionLog second, ShopDatabase db) throws Exception {
        first.append(event(RegistryEvent.TRAINED, "m-0", null));
        AtomicInteger won = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> jobs = new ArrayList<>();
        for (JdbcChampionLog log : List.of(first, second)) {
            String me = log == first ? "a" : "b";
            Callable<Void> job = () -> {
                for (int i = 0; i < 40; i++) {
                    String id = "m-" + me + i;
                    Optional<String> expected = log.champion();
                    try {
                        log.transact(tx -> {
                            String current = tx.champion().orElse(null);
                            if (!Objects.equals(current, expected.orElse(null))) {
                                throw new ChampionChangedException(expected.orElse(null), current, "promoting " + id);
                            }
                            tx.append(event(RegistryEvent.TRAINED, id, current));
                            return tx.append(event(RegistryEvent.PROMOTED, id, current));
                        });
                        won.incrementAndGet();
                    } catch (ChampionChangedException e) {
                        assertTrue(e.getMessage().contains("promoting " + id), e.getMessage());
                        refused.incrementAndGet();
                    }
                }
                return null;
            };
            jobs.add(pool.submit(job));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();

        List<RegistryEvent> history = first.history();
        String champion = null;
        int promotions = 0;
        for (RegistryEvent e : history) {
            if (e.changesChampion()) {
                assertEquals(champion, e.previous(), "each promotion names the champion it replaced: " + e);
                champion = e.id();
                promotions++;
            }
        }
        assertEquals(won.get(), promotions, "every reported promotion is in the history, and only those");
        assertEquals(80, won.get() + refused.get());
        assertTrue(won.get() > 0);
        assertEquals(Optional.ofNullable(champion), second.champion(), "the champion row agrees with the history");
        long rows = db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM model_champion")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertEquals(1, rows, "exactly one champion");
        System.out.printf("champion log race on %s: %d promoted, %d refused as changed%n", db.kind(), won.get(),
                refused.get());
    }

    private static RegistryEvent event(String action, String id, String previous) {
        return new RegistryEvent(Instant.now(), action, id, previous, "test", null, Map.of("mape", 6.7));
    }
}
