package com.carato.service;

import com.carato.ml.registry.LoadedBundle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The model that prices stones right now. Switching is one atomic reference swap: a request in
 * flight finishes on the model it started with, the next one sees the new champion. Listeners
 * (the app's screens, the server's model endpoint) hear about each switch.
 */
public final class ActiveModel {

    private final AtomicReference<LoadedBundle> current = new AtomicReference<>();
    private final List<Consumer<ModelSummary>> listeners = new CopyOnWriteArrayList<>();

    public Optional<LoadedBundle> current() {
        return Optional.ofNullable(current.get());
    }

    /** The current bundle, or a clear error when none is loaded. */
    LoadedBundle require() {
        LoadedBundle bundle = current.get();
        if (bundle == null) {
            throw new NoModelException("no model is loaded: train one first (carato train --data FILE --models DIR)");
        }
        return bundle;
    }

    public void switchTo(LoadedBundle bundle) {
        current.set(bundle);
        ModelSummary summary = Summaries.of(bundle.manifest().withStatus(com.carato.domain.ModelStatus.CHAMPION));
        listeners.forEach(l -> l.accept(summary));
    }

    public void addListener(Consumer<ModelSummary> listener) {
        listeners.add(listener);
    }

    public boolean isLoaded() {
        return current.get() != null;
    }
}
