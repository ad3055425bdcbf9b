package com.carato.service;

import com.carato.domain.ProgressStage;
import com.carato.data.DataSnapshots;
import com.carato.data.ImportReport;
import com.carato.data.MergedData;
import com.carato.data.RejectedRows;
import com.carato.data.Snapshot;
import com.carato.domain.CaratBand;
import com.carato.domain.Metrics;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.registry.BuildInfo;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Trainer.Result result = training.shipped();
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
            hook.reached("before-writes");
            DataSnapshots snapshots = registry.snapshots();
            Snapshot snapshot = snapshots.write(merged.stones());
            hook.reached("snapshot-written");
            Path rejected = null;
            if (RejectedRows.count(reports) > 0) {
                rejected = snapshots.rejectedFile(snapshot.sha256());
                RejectedRows.write(rejected, reports);
                hook.reached("rejected-written");
            }
            Instant created = Instant.now();
            String id = ModelService.newId(registry.root(), created, snapshot.sha256());
            Manifest manifest = new Manifest(Manifest.FORMAT, id, created, "challenger",
                    new Manifest.DataFingerprint(snapshot.sha256(), snapshot.rows(), source(),
                            DataSnapshots.FOLDER + "/" + DataSnapshots.fileName(snapshot.sha256())),
                    new Manifest.Training(config, result.trees(), Features.VERSION, result.millis()),
                    evaluation(training), BuildInfo.libraries(), Map.of());
            Manifest saved = registry.save(result.model(), manifest, training.files());
            hook.reached("challenger-saved");
            progress.update(ProgressStage.SAVED.with(id), 1);
            return new Comparison(champion.manifest().id(), Summaries.of(saved.withStatus("challenger")),
                    compared.size(), before.overall(), after.overall(), before.coverage(), after.coverage(), bands,
                    verdict, snapshot.file().toString(), rejected == null ? null : rejected.toString());
        } catch (IOException e) {
            throw new ModelException(registry.root() + ": the challenger could not be saved (the champion is "
                    + "unchanged): " + e.getMessage(), e);
        }
    }

    private String source() {
        return "data of " + champion.manifest().id() + " + " + files.stream()
                .map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private Manifest.Evaluation evaluation(EvaluatedTraining training) {
        String method = training.method("held-out new stones (every " + HoldoutSplit.EVERY
                + "th new stone found nowhere else, on which " + champion.manifest().id() + " was compared)");
        return Manifest.Evaluation.of(method, training.holdout(), training.shipped().crossValidation());
    }
}
