package com.carato.ml.registry;

import com.carato.domain.ModelRef;
import com.carato.ml.train.TrainedModel;

/** A bundle read from disk and verified: its manifest and its model, always together. */
public record LoadedBundle(Manifest manifest, TrainedModel model) {

    public ModelRef ref() {
        return new ModelRef(manifest.id(), manifest.created());
    }
}
