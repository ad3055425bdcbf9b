package com.carato.service;

import com.carato.data.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A quick model trained once per test run on the reference data (about 4 s), shared by the tests
 * that need a priced stone but do not test training itself. Tests only read it; it is deleted when
 * the JVM exits.
 */
public final class TestModels {

    private static Path registry;

    private TestModels() {
    }

    /** A registry folder holding one quick champion trained on the reference data. */
    public static synchronized Path registry() {
        if (registry == null) {
            try {
                Path dir = Files.createTempDirectory("carato-test-models");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                ModelService.quick(dir, new ActiveModel()).train(Fixtures.referenceData(), Progress.NONE);
                registry = dir;
            } catch (Exception e) {
                throw new IllegalStateException("could not train the test model", e);
            }
        }
        return registry;
    }

    /** A fresh active model holding the shared champion. */
    public static ActiveModel active() {
        ActiveModel active = new ActiveModel();
        try {
            new ModelService(registry(), active).loadChampion().orElseThrow();
        } catch (ModelException e) {
            throw new IllegalStateException(e);
        }
        return active;
    }

    public static Appraiser appraiser() {
        return new Appraiser(active());
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort at exit
        }
    }
}
