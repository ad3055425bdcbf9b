package com.carato.http;

import com.carato.data.Fixtures;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One registry with a quick model trained on the reference data, shared by the HTTP and serve tests
 * of a test run (training once keeps the suite fast); deleted when the JVM exits. Tests only read it.
 */
public final class TestModels {

    private static Path registry;

    private TestModels() {
    }

    /** The registry folder, trained on first use. */
    public static synchronized Path registry() {
        if (registry == null) {
            try {
                Path dir = Files.createTempDirectory("carato-http-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                ModelService.quick(dir, new ActiveModel()).train(Fixtures.referenceData(), Progress.NONE);
                registry = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("training the test model failed: " + e.getMessage(), e);
            }
        }
        return registry;
    }

    /** Service objects over the shared registry, with the champion loaded. */
    public record Loaded(ActiveModel active, Appraiser appraiser, ModelService models) {
    }

    public static Loaded loaded() {
        ActiveModel active = new ActiveModel();
        ModelService models = new ModelService(registry(), active);
        try {
            models.loadChampion().orElseThrow();
        } catch (ModelException e) {
            throw new IllegalStateException(e);
        }
        return new Loaded(active, new Appraiser(active), models);
    }

    /** A started server on a random loopback port over the shared model. */
    static CaratoServer start(ServerConfig config) {
        Loaded l = loaded();
        return CaratoServer.create(l.appraiser(), l.models(), config.withPort(0)).start();
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
