package com.carato.app.ui.retrain;

import com.carato.app.ui.common.TaskRunner;
import com.carato.service.ModelEvent;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * State of the Model → History window: every bundle of the registry and its log, and rolling back
 * to an earlier bundle (or to the champion before the current one). Service calls run through the
 * {@link TaskRunner}, one at a time (a newer request supersedes one still running).
 */
public final class ModelHistoryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ModelHistoryViewModel.class);

    private final ModelService service;
    private final TaskRunner tasks;
    private final TaskRunner.Lane lane;
    private final ObservableList<ModelSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<ModelEvent> events = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ModelEvent> rolledBack = new ReadOnlyObjectWrapper<>();

    public ModelHistoryViewModel(ModelService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        this.lane = tasks.lane();
    }

    /** With a runner whose unexpected errors are only logged (tests). */
    public ModelHistoryViewModel(ModelService service, Executor background, Executor ui) {
        this(service, TaskRunner.of(background, ui));
    }

    /** Reads the bundles and the log again. */
    public void refresh() {
        work(() -> null);
    }

    /**
     * Makes an earlier bundle the champion again (logged as rolled-back; the app switches to it at
     * once), then refreshes the lists.
     *
     * @param id the bundle to go back to; null for the champion before the current one
     */
    public void rollback(String id) {
        work(() -> service.rollback(id));
    }

    /** What a call leaves: the event it logged (null for a refresh), the bundles and the log. */
    private record Outcome(ModelEvent event, List<ModelSummary> all, List<ModelEvent> log) {
    }

    private void work(Call call) {
        busy.set(true);
        failure.set(null);
        tasks.task("reading the model history", context -> {
            ModelEvent event = call.run();
            return new Outcome(event, service.list(), service.history());
        }).onSuccess(outcome -> {
            versions.setAll(newestFirst(outcome.all()));
            events.setAll(newestFirst(outcome.log()));
            if (outcome.event() != null) {
                rolledBack.set(outcome.event());
            }
        }).onFailure(ModelException.class, e -> {
            LOG.warn("model history of {}: {}", service.modelsDir(), e.getMessage(), e);
            failure.set(new Failure(Failure.Kind.MODEL, e.getMessage()));
        }).onFailure(RuntimeException.class, e -> {
            LOG.error("model history of {} failed unexpectedly", service.modelsDir(), e);
            failure.set(new Failure(Failure.Kind.UNEXPECTED, String.valueOf(e.getMessage())));
        }).onDone(() -> busy.set(false)).in(lane).start();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @FunctionalInterface
    private interface Call {
        ModelEvent run() throws ModelException;
    }

    /** True when {@code version} can be rolled back to: any bundle that is not the champion now. */
    public static boolean canRollBackTo(ModelSummary version) {
        return version != null && !version.isChampion();
    }

    /** Every bundle, newest first. */
    public ObservableList<ModelSummary> versions() {
        return versions;
    }

    /** The registry log, newest first. */
    public ObservableList<ModelEvent> events() {
        return events;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The last rollback done here; null before any. */
    public ReadOnlyObjectProperty<ModelEvent> rolledBackProperty() {
        return rolledBack.getReadOnlyProperty();
    }
}
