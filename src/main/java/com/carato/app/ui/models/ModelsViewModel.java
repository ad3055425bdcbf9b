package com.carato.app.ui.models;

import com.carato.service.ModelEvent;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import com.carato.service.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * State of the models screen and of the model's life in the app: loading the champion at start,
 * training a first one in the background when there is none (with progress and cancel), and the
 * champion's figures, report charts, versions and history.
 */
public final class ModelsViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ModelsViewModel.class);

    private final ModelService service;
    private final Path reportsDir;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<ModelSummary> champion = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ModelSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<ModelEvent> history = FXCollections.observableArrayList();
    private final ObservableList<Path> charts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<com.carato.domain.Message> stageText =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ModelsViewModel(ModelService service, Path reportsDir, Executor background, Executor ui) {
        this.service = service;
        this.reportsDir = reportsDir;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Loads the champion; when the registry has none and a data file is known, trains a first model
     * on it in the background.
     */
    public void start(Optional<Path> trainingData) {
        working.set(true);
        stage.set("loading");
        background.execute(() -> {
            try {
                Optional<ModelSummary> loaded = service.loadChampion();
                if (loaded.isEmpty() && trainingData.isPresent()) {
                    cancel.set(false);
                    service.train(trainingData.get(), new Progress() {
                        @Override
                        public void update(com.carato.domain.Message what, double fraction) {
                            ui.execute(() -> {
                                stageText.set(what);
                                stage.set(what.code().code());
                                progress.set(fraction);
                            });
                        }

                        @Override
                        public boolean cancelled() {
                            return cancel.get();
                        }
                    });
                }
                refreshNow(false);
                refreshNow(true);
            } catch (java.util.concurrent.CancellationException e) {
                ui.execute(() -> finish("cancelled"));
            } catch (ModelException | com.carato.data.DataFileException | RuntimeException e) {
                LOG.error("preparing the model failed", e);
                ui.execute(() -> {
                    error.set(describe(e));
                    finish("");
                });
            }
        });
    }

    /** Asks a running first training to stop. */
    public void cancel() {
        cancel.set(true);
    }

    /** Reloads the versions, history and the champion's report charts. */
    public void refresh() {
        background.execute(() -> {
            try {
                refreshNow(true);
            } catch (ModelException | RuntimeException e) {
                LOG.error("refreshing the models failed", e);
                ui.execute(() -> error.set(describe(e)));
            }
        });
    }

    /** Reads versions and history; with {@code charts}, also draws the champion's report (slower). */
    private void refreshNow(boolean withCharts) throws ModelException {
        List<ModelSummary> all = service.list();
        List<ModelEvent> events = service.history();
        ModelSummary current = all.stream().filter(m -> "champion".equals(m.status())).findFirst().orElse(null);
        List<Path> pngs = current == null || !withCharts ? null : reportCharts(current.id());
        ui.execute(() -> {
            versions.setAll(all);
            history.setAll(events);
            champion.set(current);
            if (pngs != null) {
                charts.setAll(pngs);
            }
            finish("");
        });
    }

    private synchronized List<Path> reportCharts(String id) throws ModelException {
        Path dir = reportsDir.resolve(id);
        if (!Files.isRegularFile(dir.resolve("report.md"))) {
            service.report(dir);
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

    private void finish(String finalStage) {
        working.set(false);
        progress.set(0);
        stage.set(finalStage);
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

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the first training is doing, as the service said it (null before its first report). */
    public javafx.beans.property.ReadOnlyObjectProperty<com.carato.domain.Message> stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
