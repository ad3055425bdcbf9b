package com.carato.app.ui.retrain;

import com.carato.app.ui.common.TaskRunner;
import com.carato.service.Comparison;
import com.carato.service.FileValidation;
import com.carato.service.RetrainDecision;
import com.carato.service.RetrainValidation;
import com.carato.service.Retrainer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * State of the Model → Retrain… wizard: the files, the page shown, and each step's result. Every
 * service call runs through a {@link SessionRunner} (on the {@link TaskRunner}), which holds the
 * retrain session (and with it the registry's lock) and closes it however the wizard ends.
 * Results come back on the UI thread. No JavaFX scene classes: tested without the toolkit.
 */
public final class RetrainWizardViewModel {

    private final SessionRunner runner;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.FILES);
    private final ReadOnlyObjectWrapper<RetrainValidation> validation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RejectedItem> rejected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RetrainDecision> decision = new ReadOnlyObjectWrapper<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding canValidate;
    private final BooleanBinding canTrain;
    private final BooleanBinding canDecide;

    /**
     * @param retrainer  the registry to retrain (its champion is the one compared with)
     * @param tasks      runs the service calls in the background and applies their results
     */
    public RetrainWizardViewModel(Retrainer retrainer, TaskRunner tasks) {
        this.runner = new SessionRunner(retrainer, tasks);
        canValidate = Bindings.createBooleanBinding(() -> !files.isEmpty() && !runner.busyProperty().get()
                && step.get() == WizardStep.FILES, files, runner.busyProperty(), step);
        canTrain = Bindings.createBooleanBinding(() -> {
            RetrainValidation v = validation.get();
            return v != null && v.acceptedRows() > 0 && v.canTrain() && !runner.busyProperty().get()
                    && step.get() == WizardStep.VALIDATION;
        }, validation, runner.busyProperty(), step);
        canDecide = Bindings.createBooleanBinding(() -> comparison.get() != null && decision.get() == null
                && !runner.busyProperty().get() && step.get() == WizardStep.DECISION,
                comparison, decision, runner.busyProperty(), step);
    }

    /**
     * @param background where the service calls run (never the FX thread)
     * @param ui         where results are applied ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public RetrainWizardViewModel(Retrainer retrainer, Executor background, Executor ui) {
        this(retrainer, TaskRunner.of(background, ui));
    }

    // ---- step 1: files

    /** Adds files not yet listed (the view's file chooser, or a test). */
    public void addFiles(List<Path> chosen) {
        for (Path p : chosen) {
            Path file = p.toAbsolutePath().normalize();
            if (!files.contains(file)) {
                files.add(file);
            }
        }
    }

    public void removeFile(Path file) {
        files.remove(file);
    }

    /** Opens the retrain (taking the lock) and validates the files; shows the report when done. */
    public void validate() {
        if (!canValidate.get()) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        runner.run((session, progress) -> session.validate(progress), v -> {
            validation.set(v);
            rejected.setAll(rejectedItems(v));
            exported.set(null);
            step.set(WizardStep.VALIDATION);
        }, () -> { }, chosen);
    }

    static List<RejectedItem> rejectedItems(RetrainValidation v) {
        List<RejectedItem> items = new ArrayList<>();
        for (FileValidation f : v.files()) {
            if (!f.readable()) {
                continue;
            }
            String name = Path.of(f.file()).getFileName().toString();
            f.report().rejected().forEach(row -> row.errors().forEach(e ->
                    items.add(new RejectedItem(name, row.line(), e.field(), e.problem()))));
        }
        return items;
    }

    // ---- step 2: validation report

    /** Back to the file list: the retrain is closed (lock released) and opened again on the next check. */
    public void backToFiles() {
        if (step.get() != WizardStep.VALIDATION || runner.busyProperty().get()) {
            return;
        }
        runner.closeSession();
        validation.set(null);
        rejected.clear();
        step.set(WizardStep.FILES);
    }

    /** Writes the rejected rows of the checked files as CSV. */
    public void exportRejected(Path target) {
        if (validation.get() == null) {
            return;
        }
        runner.run((session, progress) -> {
            try {
                session.exportRejected(target);
            } catch (IOException e) {
                throw new SessionRunner.ExportException(target + ": " + e.getMessage(), e);
            }
            return target;
        }, exported::set, () -> { }, null);
    }

    // ---- step 3: training

    /** Trains the challenger in the background; the comparison page follows, or the report again on cancel. */
    public void train() {
        if (!canTrain.get() || runner.closed()) {
            return;
        }
        step.set(WizardStep.TRAINING);
        runner.run((session, progress) -> session.train(progress), c -> {
            comparison.set(c);
            step.set(WizardStep.COMPARISON);
        }, () -> step.set(WizardStep.VALIDATION), null);
    }

    /** Asks a running training to stop; the report is shown again and nothing is saved. */
    public void cancelTraining() {
        runner.cancel();
    }

    // ---- steps 4 and 5: comparison and decision

    public void toDecision() {
        if (step.get() == WizardStep.COMPARISON && comparison.get() != null) {
            step.set(WizardStep.DECISION);
        }
    }

    public void backToComparison() {
        if (step.get() == WizardStep.DECISION && decision.get() == null && !runner.busyProperty().get()) {
            step.set(WizardStep.COMPARISON);
        }
    }

    /** Makes the challenger the champion (the app switches to it at once); then the retrain is closed. */
    public void promote() {
        decide(true);
    }

    /** Keeps the current champion (the challenger stays in the registry); then the retrain is closed. */
    public void keep() {
        decide(false);
    }

    private void decide(boolean promote) {
        if (!canDecide.get()) {
            return;
        }
        String text = note.get();
        runner.run((session, progress) -> promote ? session.promote(text) : session.keep(text), d -> {
            decision.set(d);
            runner.closeSession();
        }, () -> { }, null);
    }

    /** The wizard is going away (any button, the window's close box, an error): stop work, release the lock. */
    public void close() {
        runner.close();
    }

    // ---- state for the view

    public ObservableList<Path> files() {
        return files;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RetrainValidation> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ObservableList<RejectedItem> rejected() {
        return rejected;
    }

    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RetrainDecision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding canValidate() {
        return canValidate;
    }

    /** True when the report allows training: something accepted, and no problem listed. */
    public BooleanBinding canTrain() {
        return canTrain;
    }

    public BooleanBinding canDecide() {
        return canDecide;
    }

    /** Background work, progress, cancel and the last failure. */
    public SessionRunner work() {
        return runner;
    }
}
