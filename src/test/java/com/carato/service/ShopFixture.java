package com.carato.service;

import com.carato.data.Fixtures;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.register.PostgresServer;
import com.carato.register.ShopConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Shop databases for the registry tests: a folder registry with two quick bundles (the first the
 * champion, the second a challenger), trained once per test run, and fresh H2 or PostgreSQL
 * databases to import it into.
 */
public final class ShopFixture {

    /** One stone every workstation prices. */
    public static final Diamond STONE = new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.42, 6.46, 3.98);

    private static Path base;
    private static List<String> ids;

    private ShopFixture() {
    }

    /** A copy, in {@code target}, of a folder registry with a champion and one challenger. */
    public static synchronized Path twoModels(Path target) throws Exception {
        if (base == null) {
            Path dir = RegistryFixture.championRegistry(Files.createTempDirectory("carato-two-models"));
            ModelService models = ModelService.quick(dir, new ActiveModel());
            Thread.sleep(1100); // another second: another id
            models.train(Fixtures.referenceData(), Progress.NONE);
            ids = models.list().stream().map(ModelSummary::id).toList();
            base = dir;
        }
        Files.createDirectories(target);
        copy(base, target);
        return target;
    }

    /** The two bundles' ids, champion first (after {@link #twoModels}). */
    public static synchronized List<String> ids() {
        return ids;
    }

    /** A fresh in-memory H2 shop database shared by the connections of this JVM. */
    public static String h2Url() {
        return "jdbc:h2:mem:shop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh shop database of this kind: "h2" (in memory) or "postgres" (on the shared server). */
    public static String url(String kind) {
        return switch (kind) {
            case "h2" -> h2Url();
            case "postgres" -> postgresUrl();
            default -> throw new IllegalArgumentException("not a database kind: " + kind);
        };
    }

    /** A fresh database on the shared PostgreSQL server. */
    public static String postgresUrl() {
        return PostgresServer.shared().createDatabase();
    }

    /** A workstation's connection to the shop database at {@code url}. */
    public static ShopConnection connection(Path folder, String url) {
        return new ShopConnection(folder, url, url.startsWith("jdbc:h2:") ? "carato" : "postgres", "");
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else if (!p.getFileName().toString().startsWith(".")) {
                    Files.copy(p, q);
                }
            }
        }
    }
}
