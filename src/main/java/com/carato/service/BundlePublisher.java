package com.carato.service;

import com.carato.data.DataSnapshots;
import com.carato.data.ImportReport;
import com.carato.data.RejectedRows;
import com.carato.data.Snapshot;
import com.carato.domain.HistoryReason;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.registry.BuildInfo;
import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.ChampionChangedException;
import com.carato.ml.registry.Manifest;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.WriteHook;
import com.carato.ml.train.TrainingConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The one publish path of a trained model, for a first training and a retrain alike: data
 * snapshot (and the rejected rows beside it) → id → manifest → bundle saved and logged as trained
 * → promoted when asked. Each write is atomic; the champion changes only with the promotion's
 * single log line.
 */
final class BundlePublisher {

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ModelRegistry registry;
    private final TrainingConfig config;
    private final WriteHook hook;

    BundlePublisher(ModelRegistry registry, TrainingConfig config, WriteHook hook) {
        this.registry = registry;
        this.config = config;
        this.hook = hook;
    }

    /**
     * What to publish.
     *
     * @param training the evaluated training (shipped model, held-out figures, bundle files)
     * @param stones   every stone the shipped model learnt from (the snapshot)
     * @param source   where the stones came from, in words
     * @param method   how the figures were measured, in words
     * @param rejected the imports whose rejected rows are kept beside the snapshot (may be empty)
     */
    record Request(EvaluatedTraining training, List<PricedStone> stones, String source, String method,
                   List<ImportReport> rejected) {
    }

    /** What was published: the saved manifest (status challenger), the snapshot and the rejected-rows file. */
    record Published(Manifest manifest, Snapshot snapshot, Path rejectedFile) {
    }

    /** Writes snapshot, rejected rows and bundle; the bundle is logged as trained, not promoted. */
    Published publish(Request request) throws IOException, BundleException {
        hook.reached("before-writes");
        DataSnapshots snapshots = registry.snapshots();
        Snapshot snapshot = snapshots.write(request.stones());
        hook.reached("snapshot-written");
        Path rejected = null;
        if (RejectedRows.count(request.rejected()) > 0) {
            rejected = snapshots.rejectedFile(snapshot.sha256());
            RejectedRows.write(rejected, request.rejected());
            hook.reached("rejected-written");
        }
        Instant created = Instant.now();
        EvaluatedTraining training = request.training();
        Manifest saved = null;
        for (int attempt = 0; saved == null; attempt++) {
            String id = newId(registry, created, snapshot.sha256(), attempt);
            Manifest manifest = new Manifest(Manifest.FORMAT, id, created, com.carato.domain.ModelStatus.CHALLENGER.code(),
                    new Manifest.DataFingerprint(snapshot.sha256(), snapshot.rows(), request.source(),
                            DataSnapshots.FOLDER + "/" + DataSnapshots.fileName(snapshot.sha256())),
                    new Manifest.Training(config, training.shipped().trees(), Features.VERSION,
                            training.shipped().millis()),
                    Manifest.Evaluation.of(request.method(), training.holdout(), training.shipped().crossValidation()),
                    BuildInfo.libraries(), Map.of());
            try {
                saved = registry.save(training.shipped().model(), manifest, training.files());
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
                // another writer took this id between the choice and the save: take the next one
            }
        }
        hook.reached("challenger-saved");
        return new Published(saved, snapshot, rejected);
    }

    /**
     * Promotes a published bundle when the registry still has no champion (a first training); false
     * when another writer made a champion in between (the bundle then stays a challenger).
     */
    boolean promoteIfFirst(Manifest saved, String actor, Map<String, Double> figures)
            throws IOException, BundleException {
        try {
            registry.promoteIf(saved.id(), null, actor, List.of(HistoryReason.FIRST_MODEL.with()), figures);
            return true;
        } catch (ChampionChangedException e) {
            return false;
        }
    }

    /** A new version's id: its UTC time and data hash prefix, with a suffix when that id is taken. */
    static String newId(ModelRegistry registry, Instant created, String dataSha, int skip) throws BundleException {
        String base = ID_TIME.format(created) + "-" + dataSha.substring(0, 8);
        String id = base;
        int n = 1;
        while (registry.exists(id) || n <= skip) {
            n++;
            id = base + "-" + n;
        }
        return id;
    }
}
