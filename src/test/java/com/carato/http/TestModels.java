package com.carato.http;

import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelException;
import com.carato.service.ModelService;

import java.nio.file.Path;

/**
 * One registry with a quick model trained on the reference data, shared by the HTTP and serve tests
 * of a test run (training once keeps the suite fast); deleted when the JVM exits. Tests only read it.
 */
public final class TestModels {

    private TestModels() {
    }

    /** The registry folder shared by every test of the run (see service.TestModels). */
    public static Path registry() {
        return com.carato.service.TestModels.registry();
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
}
