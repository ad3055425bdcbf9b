package com.carato.service;

import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.domain.HistoryReason;
import com.carato.domain.Message;
import com.carato.domain.Metrics;
import com.carato.domain.ModelStatus;
import com.carato.domain.PricedStone;
import com.carato.ml.registry.BundleException;
import com.carato.ml.registry.LoadedBundle;
import com.carato.ml.registry.Manifest;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.registry.RegistryEvent;
import com.carato.ml.report.ModelReport;
import com.carato.data.PriceRule;
import com.carato.data.StoneCsvReader;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.HoldoutSplit;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainingConfig;
import com.carato.ml.train.TrainingMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains, evaluates, lists, promotes and rolls back model versions in one registry folder, and
 * keeps the {@link ActiveModel} on the champion.
 */
public final class ModelService {

    /** The held-out stones of a bundle, kept in it so that its report can be redrawn at any time. */
    static final String EVALUATION_FILE = "evaluation.csv";

    private final ModelRegistry registry;
    private final ActiveModel active;
    private final StoneData stoneData = new StoneData();
    private final TrainingConfig config;
    private final BundlePublisher publisher;

    public ModelService(Path modelsDir, ActiveModel active) {
        this(modelsDir, active, TrainingConfig.defaults());
    }

    ModelService(Path modelsDir, ActiveModel active, TrainingConfig config) {
        this(new ModelRegistry(modelsDir), active, config);
    }

    /** The service of one registry (build it once per process: {@link RegistryServices#open}). */
    public ModelService(ModelRegistry registry, ActiveModel active, TrainingConfig config) {
        this.registry = registry;
        this.active = active;
        this.config = config;
        this.publisher = new BundlePublisher(registry, config, com.carato.ml.registry.WriteHook.NONE);
    }

    /** A service that trains with a small, fast configuration (tests and demos on small files). */
    public static ModelService quick(Path modelsDir, ActiveModel active) {
        return new ModelService(modelsDir, active, TrainingConfig.quick());
    }

    public Path modelsDir() {
        return registry.root();
    }

    /** Loads the champion into the active model; empty when the registry has none. */
    public Optional<ModelSummary> loadChampion() throws ModelException {
        try {
            Optional<String> id = registry.champion();
            if (id.isEmpty()) {
                return Optional.empty();
            }
            LoadedBundle bundle = registry.load(id.get());
            active.switchTo(bundle);
            return Optional.of(Summaries.of(bundle.manifest().withStatus(ModelStatus.CHAMPION)));
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a file of appraised stones, trains on its training part, evaluates on its held-out
     * part (every fifth row), saves the bundle and, when the registry has no champion, promotes it.
     */
    public TrainingOutcome train(Path file, Progress progress) throws DataFileException, ModelException {
        progress.update(com.carato.domain.ProgressStage.READING_FILE.with(String.valueOf(file.getFileName())), 0);
        ImportReport report = stoneData.readAppraised(file);
        HoldoutSplit split = HoldoutSplit.of(report);
        if (split.train().size() < config.folds() * 10) {
            throw new ModelException(file + ": only " + split.train().size()
                    + " valid stones to train on; see carato check " + file);
        }
        List<PricedStone> all = report.trainingStones();
        EvaluatedTraining training = EvaluatedTraining.run(config, split.train(), split.test(), all, progress);
        Trainer.Result result = training.shipped();
        Evaluation holdout = training.holdout();
        try {
            // the data snapshot lets a later retrain start from exactly these stones; the held-out
            // stones and the evaluated model's predictions travel in the bundle, so its report can
            // be redrawn at any time
            String method = training.method("held-out stones (every " + HoldoutSplit.EVERY + "th data row of the file)");
            BundlePublisher.Published published = publisher.publish(new BundlePublisher.Request(training, all,
                    file.getFileName().toString(), method, List.of()));
            Manifest saved = published.manifest();
            boolean promote = registry.champion().isEmpty()
                    && publisher.promoteIfFirst(saved, actor(), figures(holdout.overall()));
            if (promote) {
                active.switchTo(new LoadedBundle(saved, result.model()));
            }
            return new TrainingOutcome(Summaries.of(saved.withStatus(promote ? ModelStatus.CHAMPION
                    : ModelStatus.CHALLENGER)), promote, report);
        } catch (IOException | BundleException e) {
            throw new ModelException(registry.location() + ": the model could not be saved: " + e.getMessage(), e);
        }
    }

    /** The champion's figures on a labelled file (rejected rows are counted, not evaluated). */
    public EvaluationReport evaluate(Path file) throws DataFileException, ModelException {
        ImportReport report = stoneData.readAppraised(file);
        LoadedBundle bundle = champion();
        List<PricedStone> stones = report.trainingStones();
        if (stones.isEmpty()) {
            throw new ModelException(file + ": no valid appraised stones to evaluate on");
        }
        Evaluation e = Evaluation.of(bundle.model(), stones);
        if (e.actual().length == 0) {
            throw new ModelException(file + ": every stone is beyond the weights " + bundle.manifest().id()
                    + " prices; nothing to evaluate");
        }
        return new EvaluationReport(bundle.manifest().id(), file.toString(), e.overall(), e.byBandLabel(), e.coverage(),
                e.coverageByBandLabel(), e.meanRangeWidth(), report.rejectedCount(), e.refused());
    }

    /**
     * Writes the champion's evaluation report (Markdown and PNG charts) into {@code out}, from the
     * held-out stones kept in its bundle; returns the Markdown file.
     */
    public Path report(Path out) throws ModelException {
        return report(out, com.carato.domain.ReportTexts.ENGLISH);
    }

    /** The same, with the charts' words in {@code texts} (the app's language). */
    public Path report(Path out, com.carato.domain.ReportTexts texts) throws ModelException {
        LoadedBundle bundle = champion();
        String id = bundle.manifest().id();
        try {
            byte[] csv = registry.readFile(id, EVALUATION_FILE);
            ImportReport heldOut = new StoneCsvReader(PriceRule.REQUIRED)
                    .read(registry.root().resolve(id).resolve(EVALUATION_FILE).toString(),
                            new String(csv, java.nio.charset.StandardCharsets.UTF_8));
            List<PricedStone> stones = heldOut.trainingStones();
            byte[] predictions = registry.readFile(id, EvaluatedTraining.PREDICTIONS_FILE);
            Evaluation evaluation = Evaluation.fromPredictions(stones,
                    new String(predictions, java.nio.charset.StandardCharsets.UTF_8));
            return ModelReport.write(bundle, stones, evaluation, out, texts);
        } catch (BundleException | DataFileException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(out + ": the report could not be written: " + e.getMessage(), e);
        }
    }

    /** The active champion, loading it from the registry if needed. */
    private LoadedBundle champion() throws ModelException {
        if (active.current().isEmpty() && loadChampion().isEmpty()) {
            throw new ModelException("no champion model in " + registry.location()
                    + ": train one first (carato train --data FILE --models " + registry.root() + ")");
        }
        return active.current().orElseThrow();
    }

    /** Every version, oldest first. */
    public List<ModelSummary> list() throws ModelException {
        try {
            return registry.list().stream().map(Summaries::of).toList();
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    public ModelSummary show(String id) throws ModelException {
        try {
            com.carato.ml.registry.ModelIds.check(id, "the request");
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        }
        return list().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new ModelException("no model " + id + " in " + registry.location()));
    }

    /** Makes a version the champion and switches the active model to it; {@code note} (optional) says why. */
    public ModelEvent promote(String id, String note) throws ModelException {
        return promote(id, note, false, null);
    }

    /**
     * Makes a version the champion only if {@code expectedChampion} still is (null: no champion yet):
     * of two managers promoting at once, the one whose expectation no longer holds is refused with a
     * {@link ModelException} that names the champion now and writes nothing.
     */
    public ModelEvent promoteIf(String id, String expectedChampion, String note) throws ModelException {
        return promote(id, note, true, expectedChampion);
    }

    private ModelEvent promote(String id, String note, boolean check, String expectedChampion) throws ModelException {
        try {
            LoadedBundle bundle = registry.load(id);
            if (expectedChampion != null) {
                com.carato.ml.registry.ModelIds.check(expectedChampion, "the expected champion");
            }
            List<Message> said = new ArrayList<>();
            if (note != null && !note.isBlank()) {
                said.add(HistoryReason.NOTE.with(note.strip()));
            }
            said.add(HistoryReason.PROMOTED_BY.with(actor()));
            RegistryEvent event = check ? registry.promoteIf(id, expectedChampion, actor(), said, Map.of())
                    : registry.promote(id, actor(), said, Map.of());
            active.switchTo(bundle);
            return event(event);
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies this registry (every bundle with its id, manifest, bytes and data snapshot, and the whole
     * history) into the empty folder registry {@code folder}: the shop database to a folder.
     *
     * @return the number of models copied
     */
    public int exportTo(Path folder) throws ModelException {
        return copy(registry, new ModelRegistry(folder), folder + ": the models could not be exported");
    }

    /**
     * Copies the folder registry {@code folder} (bundles, snapshots, history) into this one, which
     * must be empty: a folder registry into the shop database. Then loads the champion.
     *
     * @return the number of models copied
     */
    public int importFrom(Path folder) throws ModelException {
        ModelRegistry source = new ModelRegistry(folder);
        try {
            if (!java.nio.file.Files.isDirectory(folder) || source.events().isEmpty()) {
                throw new ModelException(folder + ": not a model registry (no " + ModelRegistry.LOG_FILE
                        + " with models in it); nothing was imported");
            }
        } catch (IOException e) {
            throw new ModelException(folder + ": " + e.getMessage(), e);
        }
        int copied = copy(source, registry, registry.location() + ": the models could not be imported");
        loadChampion();
        return copied;
    }

    private static int copy(ModelRegistry from, ModelRegistry to, String failure) throws ModelException {
        try {
            return to.copyFrom(from);
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(failure + ": " + e.getMessage(), e);
        }
    }

    /** Goes back to an earlier champion (the previous one when {@code id} is null). */
    public ModelEvent rollback(String id) throws ModelException {
        try {
            RegistryEvent event = registry.rollback(id, actor());
            active.switchTo(registry.load(event.id()));
            return event(event);
        } catch (BundleException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    /** The registry's history, oldest first. */
    public List<ModelEvent> history() throws ModelException {
        try {
            List<ModelEvent> events = new ArrayList<>();
            for (RegistryEvent e : registry.events()) {
                events.add(event(e));
            }
            return events;
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Since when the champion is the champion: the time of the last promotion or rollback, empty
     * when the registry has none.
     */
    public java.util.Optional<java.time.Instant> championSince() throws ModelException {
        try {
            java.time.Instant since = null;
            for (RegistryEvent e : registry.events()) {
                if (e.changesChampion()) {
                    since = e.time();
                }
            }
            return java.util.Optional.ofNullable(since);
        } catch (IOException e) {
            throw new ModelException(registry.location() + ": " + e.getMessage(), e);
        }
    }

    private static ModelEvent event(RegistryEvent e) {
        return new ModelEvent(e.time(), e.action(), e.id(), e.previous(), e.actor(), e.reason(), e.figures(),
                e.said());
    }

    static Map<String, Double> figures(Metrics m) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("mae", m.mae());
        f.put("mape", m.mape());
        f.put("r2", m.r2());
        return f;
    }

    static TrainingMonitor monitor(Progress progress) {
        return new TrainingMonitor() {
            @Override
            public void progress(com.carato.domain.Message stage, double fraction) {
                progress.update(stage, fraction);
            }

            @Override
            public boolean isCancelled() {
                return progress.cancelled();
            }
        };
    }

    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }

}
