package com.carato.service;

import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.train.TrainingConfig;

import java.nio.file.Path;

/**
 * The services of one registry folder, built once per process: one {@link ModelRegistry}, the
 * {@link ActiveModel} it keeps on the champion, and the {@link ModelService} and {@link Retrainer}
 * that share them. The app, each command and the server open it once and pass it on; nothing else
 * builds a registry.
 *
 * @param registry  the registry (bundle store + champion log)
 * @param active    the champion in use
 * @param models    train, evaluate, list, promote, roll back
 * @param retrainer retrain with new files under the promotion rule
 */
public record RegistryServices(ModelRegistry registry, ActiveModel active, ModelService models, Retrainer retrainer) {

    /** The services of {@code modelsDir} with the default training configuration and promotion rule. */
    public static RegistryServices open(Path modelsDir) {
        return open(modelsDir, TrainingConfig.defaults(), PromotionRule.defaults());
    }

    /** The services of {@code modelsDir} with the default training configuration and this promotion rule. */
    public static RegistryServices open(Path modelsDir, PromotionRule rule) {
        return open(modelsDir, TrainingConfig.defaults(), rule);
    }

    /** The services of {@code modelsDir}. */
    public static RegistryServices open(Path modelsDir, TrainingConfig config, PromotionRule rule) {
        ModelRegistry registry = new ModelRegistry(modelsDir);
        ActiveModel active = new ActiveModel();
        return new RegistryServices(registry, active, new ModelService(registry, active, config),
                new Retrainer(registry, active, config, rule));
    }

    /** The services of {@code modelsDir} with the small, fast training configuration (tests, demos). */
    public static RegistryServices quick(Path modelsDir, PromotionRule rule) {
        return open(modelsDir, TrainingConfig.quick(), rule);
    }

    public Path modelsDir() {
        return registry.root();
    }
}
