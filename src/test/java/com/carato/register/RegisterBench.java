package com.carato.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The register's bench command (issue 12): fills a register with a million entries (each with a
 * whole appraisal, as the counter records them), then times recording one appraisal and the
 * Register screen's searches, on H2 and on PostgreSQL. Prints medians and percentiles.
 *
 * <pre>
 * mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=com.carato.register.RegisterBench -Dexec.classpathScope=test [-Dexec.args=1000000]
 * </pre>
 */
public final class RegisterBench {

    private static final long SEED = 20261202L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 1_065;

    private RegisterBench() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf(Locale.ROOT, "register bench: %,d entries, seed %d, java %s, %d cores%n", entries, SEED,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("register-bench");
        try (ShopDatabase h2 = ShopDatabase.embedded(dir)) {
            run("H2 2.5.252 (embedded file)", h2, entries);
        }
        PostgresServer server = PostgresServer.start();
        try (ShopDatabase pg = ShopDatabase.open(server.createDatabase(), "postgres", "")) {
            run("PostgreSQL 17.6 (local server)", pg, entries);
        } finally {
            server.close();
        }
    }

    private static void run(String name, ShopDatabase db, int entries) {
        System.out.printf(Locale.ROOT, "%n== %s%n", name);
        long t0 = System.nanoTime();
        fill(db, entries);
        System.out.printf(Locale.ROOT, "filled %,d entries in %.1f s%n", entries, (System.nanoTime() - t0) / 1e9);
        if (db.kind() == ShopDatabase.Kind.POSTGRESQL) {
            db.withConnection(c -> c.createStatement().execute("ANALYZE"));
        }
        JdbcRegister register = new JdbcRegister(db);

        List<Double> record = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            NewEntry e = RegisterFixtures.entry("bench", "B-" + i, 1.0, 5000 + i);
            long s = System.nanoTime();
            register.record(e);
            if (i >= 500) {
                record.add((System.nanoTime() - s) / 1e6);
            }
        }
        report("record one appraisal", record);

        RegisterQuery all = RegisterQuery.all().inZone(ZoneOffset.UTC);
        time("newest page (no filter)", () -> register.search(all));
        time("page 20 (no filter)", () -> register.search(all.page(20, RegisterQuery.DEFAULT_PAGE_SIZE)));
        time("client reference prefix 'C0123'", () -> register.search(all.byClient("C0123")));
        time("one week", () -> register.search(all.between(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 8))));
        time("salesperson + price 5,000-6,000", () -> register.search(all.bySalesperson("seller-3").prices(5000.0, 6000.0)));
        time("weight 2.00-2.05 ct", () -> register.search(all.carats(2.0, 2.05)));
        time("model + weight 1.0-1.1 ct", () -> register.search(all.byModel("model-7").carats(1.0, 1.1)));
    }

    private static void time(String what, Supplier<RegisterPage> search) {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 25; i++) {
            long s = System.nanoTime();
            rows = search.get().entries().size();
            if (i >= 5) {
                ms.add((System.nanoTime() - s) / 1e6);
            }
        }
        report(what + " [" + rows + " rows]", ms);
    }

    private static void report(String what, List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-48s median %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (n=%d)%n",
                what, pct(v, 0.5), pct(v, 0.9), pct(v, 0.99), v[v.length - 1], v.length);
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** Bulk insert of generated entries, each with a whole appraisal as JSON. */
    private static void fill(ShopDatabase db, int entries) {
        Random random = new Random(SEED);
        int batch = 2_000;
        db.withConnection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO register_entry ("
                    + JdbcRegister.ENTRY_COLUMNS + ") VALUES (" + JdbcRegister.ENTRY_VALUES + ")")) {
                for (int i = 0; i < entries; i++) {
                    double carat = Math.round(Math.exp(random.nextGaussian() * 0.55 - 0.2) * 100) / 100.0;
                    carat = Math.max(0.2, Math.min(4.5, carat));
                    double price = Math.round(4000 * Math.pow(carat, 1.7) * (0.7 + 0.6 * random.nextDouble()));
                    String model = "model-" + random.nextInt(10);
                    var appraisal = RegisterFixtures.appraisal(carat, price, model);
                    String client = random.nextBoolean() ? String.format(Locale.ROOT, "C%06d", random.nextInt(1_000_000)) : null;
                    OffsetDateTime at = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(9 + random.nextInt(10),
                            random.nextInt(60)).atOffset(ZoneOffset.UTC);
                    String workstation = "counter-" + random.nextInt(4);
                    String salesperson = "seller-" + random.nextInt(12);
                    JdbcRegister.bind(insert, 1, UUID.randomUUID(), at.toInstant(), workstation, salesperson, client,
                            Locale.ENGLISH, null, appraisal, AppraisalJson.write(appraisal));
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i == entries - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
            return null;
        });
    }

    @SuppressWarnings("unused")
    private static String describe(double[] v) {
        return Arrays.toString(v);
    }
}
