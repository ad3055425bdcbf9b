package com.carato.app.ui.models;

import com.carato.app.ui.common.StageProgress;
import com.carato.app.ui.common.TaskRunner;
import com.carato.service.ModelEvent;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * State of the models screen and of the model's life in the app: loading the champion at start,
 * training a first one in the background when there is none (with progress and cancel), and the
 * champion's figures, report charts, versions and history. Work runs through the {@link TaskRunner};
 * where the model is in its life is a {@link ModelState}.
 */
public final class ModelsViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelsViewModel.class);

    private final ModelService service;
    private final Path reportsDir;
    private volatile com.carato.domain.ReportTexts reportTexts = com.carato.domain.ReportTexts.ENGLISH;
    private volatile String reportLanguage = "en";
    private final TaskRunner tasks;
    private final TaskRunner.Lane refreshes;

    private final ReadOnlyObjectWrapper<ModelSummary> champion = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ModelSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<ModelEvent> history = FXCollections.observableArrayList();
    private final ObservableList<Path> charts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(ModelState.NO_MODEL);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StageProgress progress = new StageProgress();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final TaskRunner.Lane preparing;

    /** The registry's bundles and log, and the champion among them. */
    private record Registry(List<ModelSummary> all, List<ModelEvent> events, ModelSummary champion) {
    }

    /** The registry with the champion's report charts. */
    private record Refreshed(Registry registry, List<Path> charts) {
    }

    public ModelsViewModel(ModelService service, Path reportsDir, TaskRunner tasks) {
        this.service = service;
        this.reportsDir = reportsDir;
        this.tasks = tasks;
        this.refreshes = tasks.lane();
        this.preparing = tasks.lane();
        working.bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> state.get().working(), state));
    }

    /** With a runner whose unexpected errors are only logged (tests). */
    public ModelsViewModel(ModelService service, Path reportsDir, Executor background, Executor ui) {
        this(service, reportsDir, TaskRunner.of(background, ui));
    }

    /**
     * Loads the champion; when the registry has none and a data file is known, trains a first model
     * on it in the background. Then the report's charts are drawn.
     */
    public void start(Optional<Path> trainingData) {
        state.set(ModelState.LOADING);
        error.set("");
        tasks.task("preparing the model", context -> {
            Optional<ModelSummary> loaded = service.loadChampion();
            if (loaded.isEmpty() && trainingData.isPresent()) {
                service.train(trainingData.get(), context.asProgress());
            }
            return read();
        }).onProgress((stage, fraction) -> {
            state.set(ModelState.TRAINING);
            progress.update(stage, fraction);
        }).onSuccess(registry -> {
            apply(registry);
            state.set(registry.champion() == null ? ModelState.NO_MODEL : ModelState.READY);
            if (registry.champion() != null) {
                refresh();
            }
        }).onCancelled(() -> state.set(ModelState.CANCELLED))
                .onFailure(ModelException.class, this::failed)
                .onFailure(com.carato.data.DataFileException.class, this::failed)
                .onFailure(RuntimeException.class, this::failed)
                .onDone(progress::reset)
                .in(preparing).start();
    }

    private void failed(Exception e) {
        LOG.error("preparing the model failed", e);
        error.set(describe(e));
        state.set(ModelState.FAILED);
    }

    /** Asks a running first training to stop. */
    public void cancel() {
        preparing.cancel();
    }

    /**
     * The words the report's charts are drawn with (the screen's language); charts already drawn
     * in another language are drawn again at the next refresh, into a folder of their own.
     */
    public void useReportTexts(com.carato.domain.ReportTexts texts, String language) {
        boolean changed = !language.equals(reportLanguage);
        this.reportTexts = texts;
        this.reportLanguage = language;
        if (changed && champion.get() != null) {
            refresh();
        }
    }

    /** Reloads the versions, history and the champion's report charts (a newer refresh supersedes). */
    public void refresh() {
        tasks.task("refreshing the models", context -> {
            Registry registry = read();
            List<Path> pngs = registry.champion() == null ? List.of() : reportCharts(registry.champion().id());
            return new Refreshed(registry, pngs);
        }).onSuccess(result -> {
            Registry registry = result.registry();
            apply(registry);
            charts.setAll(result.charts());
            if (!state.get().working()) {
                state.set(registry.champion() == null ? stateWithoutChampion() : ModelState.READY);
            }
        }).onFailure(ModelException.class, this::refreshFailed)
                .onFailure(RuntimeException.class, this::refreshFailed)
                .in(refreshes).start();
    }

    private ModelState stateWithoutChampion() {
        ModelState now = state.get();
        return now == ModelState.CANCELLED || now == ModelState.FAILED ? now : ModelState.NO_MODEL;
    }

    private void refreshFailed(Exception e) {
        LOG.error("refreshing the models failed", e);
        error.set(describe(e));
    }

    private Registry read() throws ModelException {
        List<ModelSummary> all = service.list();
        List<ModelEvent> events = service.history();
        ModelSummary current = all.stream().filter(ModelSummary::isChampion).findFirst().orElse(null);
        return new Registry(all, events, current);
    }

    private void apply(Registry registry) {
        versions.setAll(registry.all());
        history.setAll(registry.events());
        champion.set(registry.champion());
    }

    private synchronized List<Path> reportCharts(String id) throws ModelException {
        Path dir = reportsDir.resolve(id).resolve(reportLanguage);
        if (!Files.isRegularFile(dir.resolve("report.md"))) {
            service.report(dir, reportTexts);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ModelException(dir + ": " + e.getMessage(), e);
        }
    }

    /** Never null, never empty: a message, or at least the kind of error (details in the log). */
    private static String describe(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ReadOnlyObjectProperty<ModelSummary> championProperty() {
        return champion.getReadOnlyProperty();
    }

    public ObservableList<ModelSummary> versions() {
        return versions;
    }

    public ObservableList<ModelEvent> history() {
        return history;
    }

    public ObservableList<Path> charts() {
        return charts;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Fraction of the first training done, 0 to 1; 0 when nothing reports progress. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    /** What the first training is doing, in the service's words; empty otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<com.carato.domain.Message> stageProperty() {
        return progress.stageProperty();
    }

    /** Where the model is in its life. */
    public ReadOnlyObjectProperty<ModelState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
