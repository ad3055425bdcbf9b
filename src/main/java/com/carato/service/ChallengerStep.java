package com.carato.service;

import com.carato.domain.ProgressStage;
import com.carato.data.ImportReport;
import com.carato.data.MergedData;
import com.carato.domain.CaratBand;
import com.carato.domain.Metrics;
import com.carato.domain.PricedStone;
import com.carato.domain.ModelStatus;
import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.LoadedBundle;
import com.carato.ml.registry.Manifest;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.WriteHook;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.HoldoutSplit;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainingConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Step 2 of a retrain: train, compare on the held-out new stones, then write snapshot and bundle. */
final class ChallengerStep {

    private final ModelRegistry registry;
    private final TrainingConfig config;
    private final PromotionRule rule;
    private final WriteHook hook;
    private final LoadedBundle champion;
    private final MergedData merged;
    private final List<ImportReport> reports;
    private final List<PricedStone> trainSet;
    private final List<PricedStone> heldOut;
    private final List<Path> files;

    ChallengerStep(ModelRegistry registry, TrainingConfig config, PromotionRule rule, WriteHook hook,
                   LoadedBundle champion, MergedData merged, List<ImportReport> reports, List<PricedStone> trainSet,
                   List<PricedStone> heldOut, List<Path> files) {
        this.registry = registry;
        this.config = config;
        this.rule = rule;
        this.hook = hook;
        this.champion = champion;
        this.merged = merged;
        this.reports = reports;
        this.trainSet = trainSet;
        this.heldOut = heldOut;
        this.files = files;
    }

    Comparison run(Progress progress) throws ModelException {
        EvaluatedTraining training = EvaluatedTraining.run(config, trainSet, heldOut, merged.stones(), progress);
        // both models are compared on the same stones: those each of them prices
        List<PricedStone> compared = heldOut.stream()
                .filter(s -> champion.model().prices(s.diamond()) && training.evaluated().model().prices(s.diamond()))
                .toList();
        progress.update(ProgressStage.COMPARING.with(compared.size()), 0.9);
        Evaluation before = Evaluation.of(champion.model(), compared);
        Evaluation after = Evaluation.of(training.evaluated().model(), compared);
        List<BandComparison> bands = new ArrayList<>();
        for (CaratBand band : CaratBand.values()) {
            if (before.byBand().containsKey(band)) {
                bands.add(new BandComparison(band.label(), before.byBand().get(band), after.byBand().get(band)));
            }
        }
        Verdict verdict = rule.judge(before.overall(), after.overall(), bands);
        // the last point where cancelling leaves nothing behind; the writes below take a moment
        RetrainSession.checkCancelled(progress);
        progress.update(ProgressStage.SAVING_CHALLENGER.with(), 0.95);
        try {
            BundlePublisher.Published published = new BundlePublisher(registry, config, hook).publish(
                    new BundlePublisher.Request(training, merged.stones(), source(), method(training), reports));
            Manifest saved = published.manifest();
            progress.update(ProgressStage.SAVED.with(saved.id()), 1);
            return new Comparison(champion.manifest().id(), Summaries.of(saved.withStatus(ModelStatus.CHALLENGER)),
                    compared.size(), before.overall(), after.overall(), before.coverage(), after.coverage(), bands,
                    verdict, published.snapshot().file().toString(),
                    published.rejectedFile() == null ? null : published.rejectedFile().toString());
        } catch (IOException | BundleException e) {
            throw new ModelException(registry.location() + ": the challenger could not be saved (the champion is "
                    + "unchanged): " + e.getMessage(), e);
        }
    }

    private String source() {
        return "data of " + champion.manifest().id() + " + " + files.stream()
                .map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private String method(EvaluatedTraining training) {
        return training.method("held-out new stones (every " + HoldoutSplit.EVERY
                + "th new stone found nowhere else, on which " + champion.manifest().id() + " was compared)");
    }
}
