package com.carato.service;

import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RetrainLock;
import com.carato.ml.registry.WriteHook;
import com.carato.ml.train.TrainingConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Retrains the champion of one registry with new files of appraised stones: validate, merge with
 * the champion's data snapshot, train a challenger, compare both on the same held-out new stones,
 * then promote or keep under a {@link PromotionRule}. Plain synchronous Java: callers run it on a
 * background thread and report progress / cancel through {@link Progress}.
 *
 * <p>Use {@link #open} for a step-by-step session (the desktop wizard) or {@link #run} for all
 * steps at once (the command line and the inbox watcher). Only one retrain runs per registry at a
 * time, across processes.
 */
public final class Retrainer {

    private final ModelRegistry registry;
    private final ActiveModel active;
    private final TrainingConfig config;
    private final PromotionRule rule;
    private final WriteHook hook;

    /** The default training configuration and promotion rule. */
    public Retrainer(Path modelsDir, ActiveModel active) {
        this(modelsDir, active, TrainingConfig.defaults(), PromotionRule.defaults(), WriteHook.NONE);
    }

    /** The default training configuration and the given promotion rule. */
    public Retrainer(Path modelsDir, ActiveModel active, PromotionRule rule) {
        this(modelsDir, active, TrainingConfig.defaults(), rule, WriteHook.NONE);
    }

    /** A small, fast training configuration (tests and trying things out, not for pricing). */
    public static Retrainer quick(Path modelsDir, ActiveModel active, PromotionRule rule) {
        return new Retrainer(modelsDir, active, TrainingConfig.quick(), rule, WriteHook.NONE);
    }

    Retrainer(Path modelsDir, ActiveModel active, TrainingConfig config, PromotionRule rule, WriteHook hook) {
        this(new ModelRegistry(modelsDir, hook), active, config, rule, hook);
    }

    /** The retrainer of one registry (build it once per process: {@link RegistryServices#open}). */
    public Retrainer(ModelRegistry registry, ActiveModel active, TrainingConfig config, PromotionRule rule) {
        this(registry, active, config, rule, WriteHook.NONE);
    }

    private Retrainer(ModelRegistry registry, ActiveModel active, TrainingConfig config, PromotionRule rule,
                      WriteHook hook) {
        this.registry = registry;
        this.active = active;
        this.config = config;
        this.rule = rule;
        this.hook = hook;
    }

    public Path modelsDir() {
        return registry.root();
    }

    public PromotionRule rule() {
        return rule;
    }

    /**
     * Starts a retrain of these files, taking the registry's retrain lock (released by
     * {@link RetrainSession#close()}, or by the operating system if the process dies).
     *
     * @param tool who starts it, for the log ("carato retrain", "watch", "wizard")
     * @throws RetrainBusyException when another retrain of this registry is running
     */
    public RetrainSession open(List<Path> files, String tool) throws RetrainBusyException, ModelException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to retrain with");
        }
        if (!java.nio.file.Files.isDirectory(registry.root())) {
            throw new ModelException("no champion model in " + registry.root() + " (no such folder): train one first "
                    + "(carato train --data FILE --models " + registry.root() + ")");
        }
        String actor = System.getProperty("user.name", "unknown") + " via " + tool;
        Optional<RetrainLock> lock;
        try {
            lock = RetrainLock.tryAcquire(registry.root(), actor);
        } catch (IOException e) {
            throw new ModelException(registry.root().resolve(RetrainLock.FILE) + ": cannot take the retrain lock: "
                    + e.getMessage(), e);
        }
        if (lock.isEmpty()) {
            throw new RetrainBusyException("another retrain is running on " + registry.root() + " ("
                    + RetrainLock.holder(registry.root()) + "); try again when it has finished");
        }
        return new RetrainSession(registry, active, config, rule, hook, files, actor, lock.get());
    }

    /**
     * All steps at once: validate, and when the files allow it train, compare and decide by the
     * rule ({@link RetrainSession#decide}). Validation problems are returned, not thrown.
     */
    public RetrainResult run(List<Path> files, String tool, boolean autoPromote, Progress progress)
            throws RetrainBusyException, ModelException {
        try (RetrainSession session = open(files, tool)) {
            RetrainValidation validation = session.validate(Progresses.scaled(progress, 0, 0.05));
            if (!validation.canTrain()) {
                return new RetrainResult(validation, null, null);
            }
            Comparison comparison = session.train(Progresses.scaled(progress, 0.05, 0.99));
            RetrainDecision decision = session.decide(autoPromote);
            progress.update(decision.outcome().name().toLowerCase(java.util.Locale.ROOT), 1);
            return new RetrainResult(validation, comparison, decision);
        }
    }
}
