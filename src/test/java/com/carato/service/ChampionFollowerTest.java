package com.carato.service;

import com.carato.ml.registry.ModelRegistry;
import com.carato.register.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two workstations on one shop database, each with its own service stack and connections: the
 * manager promotes on one, the other prices with the new model within 10 s (PostgreSQL by NOTIFY,
 * with polling set far beyond 10 s to prove it; H2 by polling); two managers promoting at once get
 * one champion and one clear refusal; a workstation keeps pricing from its cache while PostgreSQL
 * is stopped, starts from the cache while it is away, and recovers when it is back.
 */
class ChampionFollowerTest {

    @TempDir
    Path tmp;

    @Test
    void promotionReachesTheOtherWorkstationOnPostgresByNotify() throws Exception {
        promotionReachesTheOtherWorkstation(ShopFixture.postgresUrl(), Duration.ofMinutes(5));
    }

    @Test
    void promotionReachesTheOtherWorkstationOnH2ByPolling() throws Exception {
        promotionReachesTheOtherWorkstation(ShopFixture.h2Url(), Duration.ofSeconds(1));
    }

    private void promotionReachesTheOtherWorkstation(String url, Duration poll) throws Exception {
        List<String> ids = imported(url);
        try (RegistryServices manager = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("manager"));
             RegistryServices counter = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("counter"));
             ChampionFollower follower = counter.follower(poll)) {
            BlockingQueue<ChampionStatus> heard = new LinkedBlockingQueue<>();
            follower.addListener(heard::add);
            ChampionStatus first = follower.start();
            assertEquals(ids.get(0), first.modelId());
            assertTrue(first.reachable() && !first.fromCache() && first.problem() == null, first.toString());
            assertNotNull(first.since());
            Appraiser appraiser = new Appraiser(counter.active());
            assertEquals(ids.get(0), appraiser.appraise(ShopFixture.STONE).model().id());

            long start = System.nanoTime();
            manager.models().promote(ids.get(1), "new appraisals");
            ChampionStatus next = await(heard, s -> ids.get(1).equals(s.modelId()), 10);
            double ms = (System.nanoTime() - start) / 1e6;
            assertEquals(ids.get(1), appraiser.appraise(ShopFixture.STONE).model().id(), "prices with the new model");
            assertTrue(next.reachable() && !next.fromCache());
            assertEquals(ids.get(1), follower.status().modelId());
            assertEquals(ids.get(1), new com.carato.ml.registry.ChampionCache(tmp.resolve("counter")).championId()
                    .orElseThrow(), "the new champion is cached");
            System.out.printf("champion switch reached the other workstation after %.0f ms (%s)%n", ms,
                    url.startsWith("jdbc:h2") ? "H2, polling" : "PostgreSQL, NOTIFY");

            manager.models().rollback(null);
            await(heard, s -> ids.get(0).equals(s.modelId()), 10);
            assertEquals(ids.get(0), appraiser.appraise(ShopFixture.STONE).model().id(), "a rollback reaches it too");
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void twoManagersPromotingAtOnce(String kind) throws Exception {
        String url = ShopFixture.url(kind);
        List<String> ids = imported(url);
        try (RegistryServices a = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("a"));
             RegistryServices b = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("b"))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (RegistryServices manager : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        manager.models().promoteIf(ids.get(1), ids.get(0), "race");
                        return "won";
                    } catch (ModelException e) {
                        return e.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
            String refusal = outcomes.stream().filter(o -> !o.equals("won")).findFirst().orElseThrow();
            assertEquals("the champion changed from " + ids.get(0) + " to " + ids.get(1) + " while promoting "
                    + ids.get(1) + "; nothing was recorded: look at the new champion and try again", refusal);
            assertEquals(ids.get(1), b.registry().champion().orElseThrow());
            long promotions = a.registry().events().stream().filter(e -> e.changesChampion()).count();
            assertEquals(2, promotions, "the imported first promotion and the winner's, nothing of the loser's");
            long rows = a.shop().database().withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM model_champion")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1, rows, "exactly one champion");
        }
    }

    @Test
    void keepsPricingFromTheCacheWhilePostgresIsAwayAndRecovers() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            String url = server.createDatabase();
            List<String> ids = imported(url);
            try (RegistryServices manager = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("manager"));
                 RegistryServices counter = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("counter"));
                 ChampionFollower follower = counter.follower(Duration.ofSeconds(1))) {
                BlockingQueue<ChampionStatus> heard = new LinkedBlockingQueue<>();
                follower.addListener(heard::add);
                follower.start();
                Appraiser appraiser = new Appraiser(counter.active());
                double price = appraiser.price(ShopFixture.STONE);

                server.stop();
                ChampionStatus away = await(heard, s -> !s.reachable(), 15);
                assertEquals(ids.get(0), away.modelId(), "still the same model");
                assertNotNull(away.problem(), "says why");
                assertEquals(price, appraiser.price(ShopFixture.STONE), "keeps pricing while the database is away");

                // a workstation started while the database is away prices from its cache
                try (RegistryServices restarted = RegistryServices.openShop(ShopFixture.connection(tmp, url),
                        tmp.resolve("counter"));
                     ChampionFollower second = restarted.follower(Duration.ofSeconds(1))) {
                    BlockingQueue<ChampionStatus> secondHeard = new LinkedBlockingQueue<>();
                    second.addListener(secondHeard::add);
                    ChampionStatus cached = second.start();
                    assertEquals(ids.get(0), cached.modelId());
                    assertTrue(cached.fromCache() && !cached.reachable(), cached.toString());
                    assertNull(cached.since(), "since when it is the champion: only the database knows");
                    assertTrue(cached.problem().contains("127.0.0.1"), "names the database: " + cached.problem());
                    assertFalse(cached.problem().contains("password"), cached.problem());
                    assertEquals(price, new Appraiser(restarted.active()).price(ShopFixture.STONE));

                    server.startServer();
                    ChampionStatus back = await(heard, ChampionStatus::reachable, 15);
                    assertNull(back.problem());
                    ChampionStatus confirmed = await(secondHeard, ChampionStatus::reachable, 15);
                    assertFalse(confirmed.fromCache(), "the database confirmed the cached champion");
                    assertEquals(away.since(), confirmed.since(), "since its promotion, as the history says");
                }

                manager.models().promote(ids.get(1), null);
                await(heard, s -> ids.get(1).equals(s.modelId()), 10);
                assertEquals(ids.get(1), appraiser.appraise(ShopFixture.STONE).model().id(), "follows again");
            }
        }
    }

    @Test
    void aWorkstationWithNoCacheAndNoDatabaseSaysSo() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/none";
        try (RegistryServices counter = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("c"));
             ChampionFollower follower = counter.follower(Duration.ofSeconds(1))) {
            ChampionStatus status = follower.start();
            assertNull(status.modelId());
            assertFalse(status.reachable());
            assertTrue(status.problem().contains("cannot be reached") && status.problem().contains("127.0.0.1:1/none"),
                    status.problem());
            assertFalse(counter.active().isLoaded());
        }
    }

    /** A fresh shop database holding the two-model registry; returns the ids, champion first. */
    private List<String> imported(String url) throws Exception {
        Path folder = ShopFixture.twoModels(Files.createTempDirectory(tmp, "folder"));
        try (RegistryServices shop = RegistryServices.openShop(ShopFixture.connection(tmp, url), tmp.resolve("import"))) {
            shop.registry().copyFrom(new ModelRegistry(folder));
        }
        return ShopFixture.ids();
    }

    private static ChampionStatus await(BlockingQueue<ChampionStatus> heard, Predicate<ChampionStatus> wanted,
                                        int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            ChampionStatus s = heard.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (s != null && wanted.test(s)) {
                return s;
            }
        }
        fail("not heard within " + seconds + " s");
        return null;
    }
}
