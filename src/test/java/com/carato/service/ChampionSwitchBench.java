package com.carato.service;

import com.carato.ml.registry.ModelRegistry;
import com.carato.register.PostgresServer;
import com.carato.register.ShopConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The champion switch on a second workstation (issue 12: ≤ 10 s): two service stacks on one shop
 * database, each with its own connections; the manager's stack promotes, alternately, one of two
 * bundles; the counter's {@link ChampionFollower} (default settings: LISTEN/NOTIFY on PostgreSQL,
 * polling every {@link ChampionFollower#DEFAULT_POLL}) loads the new champion, and the time from the
 * start of the promotion to the counter's first price with the new model is measured. A random
 * pause of 0–3 s between switches samples every phase of the polling. Prints every switch, the
 * median and the maximum, on H2 (in memory, shared by the two stacks) and PostgreSQL.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dcarato.referenceData=../shared/datasets/diamonds/diamonds.csv \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) com.carato.service.ChampionSwitchBench 20
 * </pre>
 */
public final class ChampionSwitchBench {

    private ChampionSwitchBench() {
    }

    public static void main(String[] args) throws Exception {
        int switches = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.printf(Locale.ROOT, "champion switch bench: %d switches, poll %s, java %s, %d cores%n", switches,
                ChampionFollower.DEFAULT_POLL, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("switch-bench");
        Path folder = ShopFixture.twoModels(dir.resolve("folder"));
        run("H2 2.5.252 (in memory, polling)", ShopFixture.h2Url(), "carato", folder, dir.resolve("h2"), switches);
        try (PostgresServer server = PostgresServer.start()) {
            run("PostgreSQL 17.6 (local server, LISTEN/NOTIFY)", server.createDatabase(), "postgres", folder,
                    dir.resolve("pg"), switches);
        }
        System.exit(0);
    }

    private static void run(String name, String url, String user, Path folder, Path dir, int switches) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %s%n", name);
        List<String> ids = ShopFixture.ids();
        Random random = new Random(20261202L);
        List<Double> millis = new ArrayList<>();
        try (RegistryServices manager = RegistryServices.openShop(new ShopConnection(dir, url, user, ""), dir.resolve("manager"));
             RegistryServices counter = RegistryServices.openShop(new ShopConnection(dir, url, user, ""), dir.resolve("counter"))) {
            manager.registry().copyFrom(new ModelRegistry(folder));
            try (ChampionFollower follower = counter.follower()) {
                BlockingQueue<String> heard = new LinkedBlockingQueue<>();
                follower.addListener(s -> heard.add(String.valueOf(s.modelId())));
                follower.start();
                Appraiser appraiser = new Appraiser(counter.active());
                for (int i = 0; i < switches; i++) {
                    String next = ids.get((i + 1) % 2);
                    Thread.sleep(random.nextInt(3000));
                    heard.clear();
                    long start = System.nanoTime();
                    manager.models().promote(next, "bench");
                    double promoted = (System.nanoTime() - start) / 1e6;
                    String id;
                    do {
                        id = heard.poll(30, TimeUnit.SECONDS);
                    } while (id != null && !id.equals(next));
                    if (id == null || !appraiser.appraise(ShopFixture.STONE).model().id().equals(next)) {
                        throw new IllegalStateException("switch " + (i + 1) + " not seen within 30 s");
                    }
                    double ms = (System.nanoTime() - start) / 1e6;
                    millis.add(ms);
                    System.out.printf(Locale.ROOT, "switch %2d to %s: promoted in %6.1f ms, priced on the other"
                            + " workstation after %7.1f ms%n", i + 1, next, promoted, ms);
                }
            }
        }
        Collections.sort(millis);
        double median = millis.size() % 2 == 1 ? millis.get(millis.size() / 2)
                : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, max %.0f ms, min %.0f ms over %d switches%n", name, median,
                millis.get(millis.size() - 1), millis.get(0), millis.size());
    }
}
