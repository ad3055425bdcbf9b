package com.carato.cli;

import com.carato.data.Fixtures;
import com.carato.register.PostgresServer;
import com.carato.service.FreshStones;
import com.carato.service.ShopFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model commands on the shop database ({@code --db}): import a folder registry, list, show,
 * history, promote with and without {@code --expect}, roll back, export back to a folder, train and
 * retrain into the database, serve and follow a promotion made elsewhere; and the refusals:
 * {@code --models} with {@code --db}, an unreachable database, a password never printed.
 */
class ShopModelsCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void modelsCommandsOnPostgres() throws Exception {
        modelsCommands(ShopFixture.postgresUrl() + "?user=postgres"); // the CLI takes the user from the URL or CARATO_DB_USER
    }

    @Test
    void modelsCommandsOnH2() throws Exception {
        modelsCommands(ShopFixture.h2Url());
    }

    private void modelsCommands(String url) throws Exception {
        Path folder = ShopFixture.twoModels(tmp.resolve("folder"));
        List<String> ids = ShopFixture.ids();
        String a = ids.get(0);
        String b = ids.get(1);
        String home = tmp.resolve("home").toString();

        CliRunner.Result imported = shop(url, "models", "import", "--from", folder.toString(), "--db", url, "--home", home);
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("2 models and their history imported from " + folder), imported.out());

        CliRunner.Result list = shop(url, "models", "list", "--db", url, "--home", home);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(a) && l.contains("champion")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(b) && l.contains("challenger")), list.out());
        CliRunner.Result show = shop(url, "models", "show", b, "--db", url, "--home", home);
        assertTrue(show.exitCode() == 0 && show.out().contains("model " + b + " (challenger)"), show.out() + show.err());

        CliRunner.Result again = shop(url, "models", "import", "--from", folder.toString(), "--db", url, "--home", home);
        assertEquals(ExitCodes.FILE_ERROR, again.exitCode());
        assertTrue(again.err().contains("already holds models: a registry is copied only into an empty one"), again.err());

        CliRunner.Result stale = shop(url, "models", "promote", b, "--expect", b, "--db", url, "--home", home);
        assertEquals(ExitCodes.FILE_ERROR, stale.exitCode());
        assertEquals("error: the champion changed from " + b + " to " + a + " while promoting " + b
                + "; nothing was recorded: look at the new champion and try again", stale.err().strip());
        CliRunner.Result promoted = shop(url, "models", "promote", b, "--expect", a, "--reason", "new stones",
                "--db", url, "--home", home);
        assertEquals(0, promoted.exitCode(), promoted.err());
        assertTrue(promoted.out().contains(b + " is the champion now (was " + a + ")"), promoted.out());
        CliRunner.Result rolledBack = shop(url, "models", "rollback", "--db", url, "--home", home);
        assertTrue(rolledBack.out().contains("rolled back: " + a + " is the champion now (was " + b + ")"),
                rolledBack.out() + rolledBack.err());
        CliRunner.Result history = shop(url, "models", "history", "--db", url, "--home", home);
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().lines().filter(l -> l.contains("promoted") || l.contains("rolled-back")).count() >= 3,
                history.out());

        Path exported = tmp.resolve("exported");
        CliRunner.Result export = shop(url, "models", "export", "--out", exported.toString(), "--db", url, "--home", home);
        assertEquals(0, export.exitCode(), export.err());
        CliRunner.Result folderHistory = CliRunner.run("models", "history", "--models", exported.toString());
        assertEquals(history.out(), folderHistory.out(), "the exported folder has the same history");
        assertTrue(Files.isRegularFile(exported.resolve(a).resolve("model.ser")));

        // retrain into the database with fresh stones (the rule keeps or promotes; either is a decision)
        Path fresh = FreshStones.write(tmp.resolve("fresh.csv"), 300, 42);
        CliRunner.Result retrained = shop(url, "retrain", "--quick", "--data", fresh.toString(), "--db", url,
                "--home", home);
        assertTrue(List.of(0, ExitCodes.KEPT, ExitCodes.CANDIDATE).contains(retrained.exitCode()),
                retrained.out() + retrained.err());
        CliRunner.Result after = shop(url, "models", "list", "--db", url, "--home", home);
        assertEquals(3, after.out().lines().filter(l -> l.matches("\\d{8}-\\d{6}-.*")).count(), after.out());
    }

    @Test
    void trainIntoAnEmptyShopDatabase() throws Exception {
        String url = ShopFixture.h2Url();
        String home = tmp.resolve("home").toString();
        CliRunner.Result trained = shop(url, "train", "--quick", "--data", Fixtures.referenceData().toString(),
                "--db", url, "--home", home);
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("saved in " + url), trained.out());
        assertTrue(trained.out().contains("(champion)"), trained.out());
        CliRunner.Result list = shop(url, "models", "list", "--db", url, "--home", home);
        assertEquals(1, list.out().lines().filter(l -> l.contains("champion")).count(), list.out());
    }

    @Test
    void modelsAndDbTogetherAreAUsageError() {
        for (List<String> command : List.of(List.of("models", "list"), List.of("train", "--data", "x.csv"),
                List.of("retrain", "--data", "x.csv"), List.of("serve"), List.of("models", "promote", "x"))) {
            String[] args = concat(command, "--models", tmp.toString(), "--db", "jdbc:h2:mem:x", "--home", tmp.toString());
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), command + ": " + r.err());
            assertTrue(r.err().contains("--models and --db name two model registries"), command + ": " + r.err());
        }
    }

    @Test
    void anUnreachableDatabaseIsNamedAndThePasswordNeverShown() throws Exception {
        Path passwordFile = tmp.resolve("pw");
        Files.writeString(passwordFile, "s3cret-Pw-77\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        String url = "jdbc:postgresql://127.0.0.1:1/shop";
        for (List<String> command : List.of(List.of("models", "list"), List.of("models", "history"),
                List.of("models", "promote", "m-1"), List.of("serve", "--port", "0"))) {
            CliRunner.Result r = CliRunner.run(concat(command, "--db", url, "--db-password-file", passwordFile.toString(),
                    "--home", tmp.toString()));
            assertEquals(ExitCodes.FILE_ERROR, r.exitCode(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("127.0.0.1:1/shop") && r.err().contains("cannot be reached"), command + ": " + r.err());
            assertFalse((r.out() + r.err()).contains("s3cret"), command + ": the password was printed");
            assertFalse(r.err().contains("\tat "), command + ": a stack trace: " + r.err());
        }
    }

    @Test
    void serveFollowsAPromotionMadeOnAnotherWorkstation() throws Exception {
        String url = ShopFixture.postgresUrl() + "?user=postgres";
        Path folder = ShopFixture.twoModels(tmp.resolve("folder"));
        List<String> ids = ShopFixture.ids();
        assertEquals(0, shop(url, "models", "import", "--from", folder.toString(), "--db", url, "--home",
                tmp.resolve("manager").toString()).exitCode());
        StringWriter out = new StringWriter();
        CommandLine cli = CaratoCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cli.execute("serve", "--db", url, "--home",
                tmp.resolve("server").toString(), "--port", "0", "--watch", "60")));
        serving.start();
        try {
            waitFor(out, "Carato REST server: ", 60);
            assertTrue(out.toString().contains("(model " + ids.get(0) + ")"), out.toString());
            long start = System.nanoTime();
            assertEquals(0, shop(url, "models", "promote", ids.get(1), "--db", url, "--home",
                    tmp.resolve("manager").toString()).exitCode());
            waitFor(out, "now serving model " + ids.get(1), 10);
            System.out.printf("serve --db switched %.0f ms after the promotion (NOTIFY; polling every 60 s)%n",
                    (System.nanoTime() - start) / 1e6);
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
        assertEquals(0, exit.get());
    }

    @Test
    void serveStartsFromItsCacheWhileTheDatabaseIsAway() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            String url = server.createDatabase() + "?user=postgres";
            Path folder = ShopFixture.twoModels(tmp.resolve("folder"));
            String champion = ShopFixture.ids().get(0);
            Path home = tmp.resolve("server");
            assertEquals(0, CliRunner.run("models", "import", "--from", folder.toString(), "--db", url, "--home",
                    tmp.resolve("manager").toString()).exitCode());
            // a first run caches the champion on this workstation
            StringWriter first = new StringWriter();
            Thread once = serve(url, home, first, new StringWriter(), new AtomicInteger());
            waitFor(first, "Carato REST server: ", 60);
            once.interrupt();
            once.join(30_000);

            server.stop();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread serving = serve(url, home, out, err, exit);
            try {
                waitFor(out, "Carato REST server: ", 60);
                assertTrue(out.toString().contains("(model " + champion + ")"), out.toString());
                assertTrue(err.toString().contains("warning: the shop database cannot be reached")
                        && err.toString().contains("serving the champion cached on this workstation, " + champion),
                        err.toString());
                java.util.regex.Matcher base = java.util.regex.Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)")
                        .matcher(out.toString());
                assertTrue(base.find());
                java.net.http.HttpResponse<String> model = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.group(1) + "/api/v1/model")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertTrue(model.body().contains("\"id\":\"" + champion + "\""), model.body());
                server.startServer();
                assertEquals(0, CliRunner.run("models", "promote", ShopFixture.ids().get(1), "--db", url, "--home",
                        tmp.resolve("manager").toString()).exitCode());
                waitFor(out, "now serving model " + ShopFixture.ids().get(1), 15);
            } finally {
                serving.interrupt();
                serving.join(30_000);
            }
        }
    }

    private static Thread serve(String url, Path home, StringWriter out, StringWriter err, AtomicInteger exit) {
        CommandLine cli = CaratoCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Thread serving = new Thread(() -> exit.set(cli.execute("serve", "--db", url, "--home", home.toString(),
                "--port", "0", "--watch", "1")));
        serving.start();
        return serving;
    }

    private static CliRunner.Result shop(String url, String... args) {
        return CliRunner.run(args);
    }

    private static String[] concat(List<String> command, String... more) {
        String[] all = new String[command.size() + more.length];
        for (int i = 0; i < command.size(); i++) {
            all[i] = command.get(i);
        }
        System.arraycopy(more, 0, all, command.size(), more.length);
        return all;
    }

    private static void waitFor(StringWriter out, String text, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && !out.toString().contains(text)) {
            Thread.sleep(20);
        }
        assertTrue(out.toString().contains(text), "waited " + seconds + " s for '" + text + "': " + out);
    }
}
