package com.carato.app;

import com.carato.app.ui.common.ErrorReporter;
import com.carato.app.ui.common.TaskRunner;
import com.carato.app.ui.common.UiExecutors;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.RegistryServices;
import com.carato.service.Retrainer;
import com.carato.service.StoneData;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The desktop app's composition root: every service is built here once per process and handed to
 * the view models and windows, which never build one themselves ({@code ArchitectureTest} holds
 * them to it). Also the app's two task runners: {@link #tasks()} for short work a user waits for
 * (files, appraisals, charts) and {@link #longTasks()} for training and retraining, one at a time.
 */
public final class AppServices implements AutoCloseable {

    private final AppPaths paths;
    private final ActiveModel active;
    private final Appraiser appraiser;
    private final StoneData stoneData;
    private final ModelService models;
    private final Retrainer retrainer;
    private final ExecutorService background;
    private final ExecutorService longWork;
    private final TaskRunner tasks;
    private final TaskRunner longTasks;
    private final ErrorReporter errors;

    private AppServices(AppPaths paths, ErrorReporter errors, Executor ui) {
        this.paths = paths;
        this.errors = errors;
        // one registry, ModelService and Retrainer for the models folder (swapping the registry's
        // implementation changes only RegistryServices)
        RegistryServices registry = RegistryServices.open(paths.models());
        this.active = registry.active();
        this.appraiser = new Appraiser(active);
        this.stoneData = new StoneData();
        this.models = registry.models();
        this.retrainer = registry.retrainer();
        this.background = UiExecutors.background();
        this.longWork = UiExecutors.longWork();
        this.tasks = new TaskRunner(background, ui, errors);
        this.longTasks = new TaskRunner(longWork, ui, errors);
    }

    /**
     * Builds the app's services.
     *
     * @param errors where unexpected errors go (logged, shown)
     * @param ui     where task results are applied ({@code Platform::runLater})
     */
    public static AppServices create(AppPaths paths, ErrorReporter errors, Executor ui) {
        return new AppServices(paths, errors, ui);
    }

    public AppPaths paths() {
        return paths;
    }

    /** The champion every screen prices with. */
    public ActiveModel activeModel() {
        return active;
    }

    public Appraiser appraiser() {
        return appraiser;
    }

    public StoneData stoneData() {
        return stoneData;
    }

    public ModelService models() {
        return models;
    }

    public Retrainer retrainer() {
        return retrainer;
    }

    /** Short background work a user waits for. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** Long work (training, retraining, reports), one job at a time. */
    public TaskRunner longTasks() {
        return longTasks;
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** Stops the background threads (the app is closing). */
    @Override
    public void close() {
        background.shutdownNow();
        longWork.shutdownNow();
    }
}
