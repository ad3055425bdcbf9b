package com.carato.app;

import com.carato.app.ui.common.ErrorReporter;
import com.carato.app.ui.common.TaskRunner;
import com.carato.app.ui.common.UiExecutors;
import com.carato.register.CounterRegister;
import com.carato.register.JdbcRegister;
import com.carato.register.ShopConnection;
import com.carato.register.ShopDatabase;
import com.carato.service.ActiveModel;
import com.carato.service.ChampionFollower;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.RegistryServices;
import com.carato.service.Retrainer;
import com.carato.service.StoneData;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

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
    private final ShopConnection shop;
    private final ShopDatabase database;
    private final JdbcRegister register;
    private final CounterRegister counter;
    private final ScheduledExecutorService checks;
    private final Executor ui;
    private final RegistryServices registry;
    private final ChampionFollower follower;

    /** This workstation's folder for the shop's models: the champion cache, snapshot copies, the retrain lock. */
    static final String SHOP_MODELS = "shop-models";

    private AppServices(AppPaths paths, ShopConnection shop, ErrorReporter errors, Executor ui) {
        this.paths = paths;
        this.errors = errors;
        this.shop = shop;
        this.ui = ui;
        // one database for the register and, for a workstation of a shop, the model registry: opened
        // and migrated at its first use (in the background), again after a failure; appraisals wait
        // in the outbox while it cannot be reached
        this.database = shop.connect();
        this.register = new JdbcRegister(database);
        this.counter = new CounterRegister(register, shop.outbox());
        this.checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "carato-register-check");
            t.setDaemon(true);
            return t;
        });
        // one registry, ModelService and Retrainer: the models folder of the data folder, or, for a
        // workstation of a shop, the shop database (with this workstation's champion cache)
        RegistryServices registry = shop.isEmbedded() ? RegistryServices.open(paths.models())
                : RegistryServices.openShop(database, paths.home().resolve(SHOP_MODELS));
        this.registry = registry;
        this.follower = registry.isShop() ? registry.follower() : null;
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
     * @param shop   where the register is (the data folder's own, or the shop database)
     * @param errors where unexpected errors go (logged, shown)
     * @param ui     where task results are applied ({@code Platform::runLater})
     */
    public static AppServices create(AppPaths paths, ShopConnection shop, ErrorReporter errors, Executor ui) {
        return new AppServices(paths, shop, errors, ui);
    }

    /** Where the register is. */
    public ShopConnection shop() {
        return shop;
    }

    /** The register (its database opened at first use; calls block: use it off the UI thread). */
    public JdbcRegister register() {
        return register;
    }

    /**
     * For a workstation of a shop: the follower that keeps it pricing with the shop's champion (not
     * started; its {@code start()} reads the database, so call it in the background). Empty for a
     * workstation with its own models folder.
     */
    public Optional<ChampionFollower> follower() {
        return Optional.ofNullable(follower);
    }

    /** The counter's way into the register: the database, or the outbox while it is away. */
    public CounterRegister counter() {
        return counter;
    }

    /**
     * Checks the register now and then every {@code periodSeconds}: sends what waits in the outbox
     * and asks the database whether it answers; {@code listener} hears each outcome on the UI.
     */
    public void checkRegister(long periodSeconds, Consumer<CounterRegister.CounterStatus> listener) {
        checks.scheduleWithFixedDelay(() -> {
            CounterRegister.CounterStatus status;
            try {
                status = counter.check();
            } catch (RuntimeException e) {
                status = new CounterRegister.CounterStatus(false, counter.waiting(), e.getMessage());
            }
            CounterRegister.CounterStatus seen = status;
            ui.execute(() -> listener.accept(seen));
        }, 0, periodSeconds, TimeUnit.SECONDS);
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
        if (follower != null) {
            follower.close();
        }
        checks.shutdownNow();
        background.shutdownNow();
        longWork.shutdownNow();
        registry.close();
        database.close();
    }
}
