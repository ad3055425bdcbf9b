package com.carato.cli;

import com.carato.data.Fixtures;
import com.carato.http.TestModels;
import com.carato.service.ActiveModel;
import com.carato.service.ModelService;
import com.carato.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code carato serve}, run in-process on a random loopback port. */
class ServeCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void servesTheChampionUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cli.execute("--models", TestModels.registry().toString(),
                "--port", "0")));
        serving.start();
        Matcher url = null;
        for (int i = 0; i < 600 && (url == null || !url.find(0)); i++) {
            Thread.sleep(50);
            url = Pattern.compile("Carato REST server: (http://127\\.0\\.0\\.1:\\d+) \\(model ").matcher(out.toString());
        }
        assertTrue(url != null && url.find(0), out.toString());
        String base = url.group(1);
        assertTrue(out.toString().contains("API docs:           " + base + "/docs"), out.toString());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        serving.interrupt();
        serving.join(30_000);
        assertEquals(ExitCodes.OK, exit.get());
        assertTrue(out.toString().contains("stopped"), out.toString());
    }

    @Test
    void picksUpAChampionPromotedByAnotherProcess(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");
        copy(TestModels.registry(), models);
        Path part = dir.resolve("part.csv");
        Files.write(part, Files.readAllLines(Fixtures.referenceData()).subList(0, 1501));
        // "another process": its own service objects over the same registry folder
        ModelService other = ModelService.quick(models, new ActiveModel());
        String next = other.train(part, Progress.NONE).model().id();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(out, true));
        Thread serving = new Thread(() -> cli.execute("--models", models.toString(), "--port", "0", "--watch", "1"));
        serving.start();
        try {
            waitFor(out, "API docs:");
            other.promote(next, "test: promoted while serving");
            waitFor(out, "now serving model " + next);
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(out.toString());
            assertTrue(url.find());
            HttpResponse<String> model = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/model")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(model.body().contains("\"id\":\"" + next + "\""), model.body());
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
    }

    private static void waitFor(StringWriter out, String text) throws InterruptedException {
        for (int i = 0; i < 600 && !out.toString().contains(text); i++) {
            Thread.sleep(50);
        }
        assertTrue(out.toString().contains(text), "waited for '" + text + "': " + out);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void withoutAChampionItSaysSo(@TempDir Path empty) {
        Run r = run("--models", empty.toString(), "--port", "0");
        assertEquals(ExitCodes.FILE_ERROR, r.exitCode());
        assertTrue(r.err().contains("no champion model in " + empty), r.err());
    }

    @Test
    void anyOtherAddressNeedsApiKeys() {
        Run r = run("--models", TestModels.registry().toString(), "--host", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.FILE_ERROR, r.exitCode());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without API keys"), r.err());
        assertTrue(r.err().contains("--api-keys FILE"), r.err());
    }

    @Test
    void anUnusableKeyFileIsReported(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys.txt");
        Files.writeString(keys, "short\n");
        Run r = run("--models", TestModels.registry().toString(), "--api-keys", keys.toString(), "--port", "0");
        assertEquals(ExitCodes.FILE_ERROR, r.exitCode());
        assertTrue(r.err().contains("line 1: an API key must have at least 16 characters"), r.err());
        Run missing = run("--models", TestModels.registry().toString(), "--api-keys", dir.resolve("none").toString());
        assertEquals(ExitCodes.FILE_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("cannot be read"), missing.err());
    }

    @Test
    void helpListsTheOptions() {
        Run r = run("--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (String option : new String[] {"--models", "--host", "--port", "--api-keys", "--cors", "--max-batch", "--watch"}) {
            assertTrue(r.out().contains(option), r.out());
        }
    }
}
