package com.carato.app;

import com.carato.app.sheet.PdfSheetWriter;
import com.carato.app.sheet.RegisterSheet;
import com.carato.app.sheet.SheetWriter;
import com.carato.app.sheet.SystemSheetPrinter;
import com.carato.app.ui.appraise.AppraisalRecorder;
import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.explore.ExploreView;
import com.carato.app.ui.explore.ExploreViewModel;
import com.carato.app.ui.main.MainViewModel;
import com.carato.app.ui.main.MainWindow;
import com.carato.app.ui.main.MenuActions;
import com.carato.app.ui.main.ShopState;
import com.carato.app.ui.main.ViewModels;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.app.ui.register.RegisterViewModel;
import com.carato.app.ui.retrain.ModelHistoryWindow;
import com.carato.app.ui.retrain.RetrainWizard;
import com.carato.app.ui.server.ServerDialog;
import com.carato.app.ui.server.ServerViewModel;
import com.carato.app.ui.shop.CounterDialog;
import com.carato.app.ui.shop.CounterViewModel;
import com.carato.app.ui.shop.ShopDatabaseDialog;
import com.carato.app.ui.shop.ShopDatabaseViewModel;
import com.carato.app.ui.shop.ShopDialog;
import com.carato.register.NewEntry;
import com.carato.register.RegisterExport;
import com.carato.register.RegisterException;
import com.carato.register.ShopConnection;
import com.carato.register.ShopDatabase;
import com.carato.service.ChampionFollower;
import com.carato.app.ui.shop.ShopViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The desktop application: builds the {@link AppServices} once, hands them to the view models and
 * windows, and shows the main window.
 */
public final class CaratoApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CaratoApp.class);

    private AppServices services;
    private Settings settings;
    private volatile Messages messages;
    private ServerViewModel server;
    /** What the status bar says about the shop; changed on the UI thread only. */
    private ShopState shopState;

    /** How often the register is checked (outbox sent, database asked whether it answers). */
    private static final long REGISTER_CHECK_SECONDS = 5;
    private static final String PASSWORD_FILE = "shop-db.password";

    public static void launchApp(String[] args) {
        Application.launch(CaratoApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        AppPaths paths = options.home().map(AppPaths::of).orElseGet(AppPaths::detect);
        java.util.Optional<Path> logFile = AppLogging.toFile(paths.logs());
        settings = Settings.user();
        messages = new Messages(settings.locale());
        AppErrors errors = new AppErrors(logFile, () -> messages);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> errors.unexpected("running " + thread.getName(), e));
        LOG.info("Carato starting; models in {}", paths.models());
        ShopConnection shop = shopConnection(paths);
        LOG.info("register: {}", shop.describe());
        services = AppServices.create(paths, shop, errors, Platform::runLater);

        SheetWriter sheets = (appraisal, id, date) -> new PdfSheetWriter(messages, settings.shop()).render(
                appraisal, id, date);
        AppraisalRecorder recorder = (appraisal, at, client, language, sheetNumber) -> Optional.of(services.counter()
                .record(new NewEntry(UUID.randomUUID(), at, settings.workstation(), settings.salesperson(), client,
                        language, sheetNumber, appraisal)));
        ViewModels viewModels = new ViewModels(
                new DataViewModel(services.stoneData(), services.tasks()),
                new AppraiseViewModel(StoneAppraiser.of(services.appraiser()), services.tasks(), messages, sheets,
                        new SystemSheetPrinter(),
                        () -> settings.nextSheetNumber(LocalDate.now()), recorder, Clock.systemDefaultZone()),
                new ModelsViewModel(services.models(), paths.reports(), services.longTasks()),
                new RegisterViewModel(services.register(), services.tasks(),
                        entry -> RegisterSheet.render(entry, settings.shop()), StoneAppraiser.of(services.appraiser()),
                        settings::salesperson, file -> RegisterExport.backupTo(services.register(), file)));
        ExploreViewModel explore = new ExploreViewModel(services.appraiser(), services.tasks());
        viewModels.data().setOnLoaded(explore::setData);
        MainViewModel main = new MainViewModel(viewModels, messages, settings::setLastData);
        shopState = ShopState.unknown(!shop.isEmbedded(), shop.describe());
        boolean followsTheShop = services.follower().isPresent();
        services.activeModel().addListener(summary -> {
            // a workstation of a shop hears which model prices since when from its follower
            Instant since = followsTheShop ? null : championSince();
            Platform.runLater(() -> {
                explore.modelChanged();
                viewModels.appraise().modelChanged();
                // pricing from the cached copy, the shop's registry cannot be shown until the
                // database is back (the follower refreshes the screen then)
                if (services.follower().map(f -> f.status().reachable()).orElse(true)) {
                    viewModels.models().refresh();
                }
                if (!followsTheShop) {
                    shopState = shopState.withModel(summary == null ? null : summary.id(), since, false);
                    main.shopChanged(shopState);
                }
            });
        });
        main.shopChanged(shopState);
        // an appraisal that waited in the outbox gets its register number when it is sent
        services.counter().onSent(receipt -> Platform.runLater(() -> viewModels.appraise().registered(receipt)));
        services.checkRegister(REGISTER_CHECK_SECONDS, status -> {
            shopState = shopState.withCounter(status.reachable(), status.waiting(), status.problem());
            main.shopChanged(shopState);
        });
        MainWindow window = new MainWindow(stage, main, settings.locale(), locale -> new ExploreView(explore, locale),
                settings::setLocale, current -> messages = current);
        server = new ServerViewModel(services.appraiser(), services.models(), services.tasks());
        window.setActions(new MenuActions(
                owner -> RetrainWizard.of(services.retrainer(), services.longTasks(), messages.locale(), owner).show(),
                owner -> ModelHistoryWindow.of(services.models(), services.tasks(), messages.locale(), owner).show(),
                owner -> new ServerDialog(server, messages, owner, getHostServices()).show(),
                owner -> new ShopDialog(new ShopViewModel(settings.shop(), settings::setShop,
                        paths.home().resolve("shop"), messages), messages, owner).show(),
                owner -> new CounterDialog(new CounterViewModel(settings.salesperson(), settings.workstation(),
                        settings::setCounter, messages), messages, owner).show(),
                owner -> new ShopDatabaseDialog(shopDatabaseViewModel(paths), messages, owner).show()));
        settings.windowBounds().ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        });
        stage.setTitle("Carato");
        stage.setOnHiding(e -> settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        stage.show();

        Optional<Path> data = options.dataFile().or(settings::lastData).filter(Files::isRegularFile);
        if (services.follower().isPresent()) {
            followTheShop(services.follower().get(), main, data);
        } else {
            main.start(data);
        }
    }

    /**
     * A workstation of a shop prices with the shop's champion: the follower loads it (or, with the
     * database away, the copy cached on this workstation) in the background, then follows every
     * promotion and rollback; the status bar says which model prices since when, and whether it is
     * the cached copy. The models screen is prepared once the champion is known; with the database
     * away, the data file is loaded and no first model is trained.
     */
    private void followTheShop(ChampionFollower follower, MainViewModel main, Optional<Path> data) {
        follower.addListener(status -> Platform.runLater(() -> {
            shopState = shopState.withModel(status.modelId(), status.since(), status.fromCache());
            main.shopChanged(shopState);
            if (status.reachable()) {
                main.viewModels().models().refresh();
            }
        }));
        services.tasks().task("following the shop's champion", context -> follower.start())
                .onSuccess(status -> {
                    if (status.reachable()) {
                        main.start(data);
                    } else {
                        data.ifPresent(main::load);
                    }
                })
                .onFailure(RuntimeException.class, e -> {
                    LOG.warn("the shop's champion cannot be followed: {}", e.getMessage());
                    data.ifPresent(main::load);
                })
                .start();
    }

    /** The register this workstation uses: the shop database of the settings, else the data folder's own. */
    private ShopConnection shopConnection(AppPaths paths) {
        Optional<Settings.ShopDatabaseSetting> chosen = settings.shopDatabase();
        if (chosen.isEmpty()) {
            return ShopConnection.embedded(paths.home());
        }
        try {
            return ShopConnection.withPasswordFile(paths.home(), chosen.get().url(), chosen.get().user(),
                    passwordFile(paths));
        } catch (RegisterException e) {
            // a password file others can read is refused; the status bar then says the database cannot be reached
            LOG.warn("shop database password: {}", e.getMessage());
            return new ShopConnection(paths.home(), chosen.get().url(), chosen.get().user(), null);
        }
    }

    private static Path passwordFile(AppPaths paths) {
        return paths.home().resolve(PASSWORD_FILE);
    }

    private ShopDatabaseViewModel shopDatabaseViewModel(AppPaths paths) {
        Optional<Settings.ShopDatabaseSetting> chosen = settings.shopDatabase();
        Path file = passwordFile(paths);
        String kept = null;
        if (Files.exists(file)) {
            try {
                kept = ShopConnection.readPasswordFile(file);
            } catch (RegisterException e) {
                LOG.warn("shop database password: {}", e.getMessage());
            }
        }
        return new ShopDatabaseViewModel(chosen.map(Settings.ShopDatabaseSetting::url).orElse(null),
                chosen.map(Settings.ShopDatabaseSetting::user).orElse(null), kept != null, kept,
                ShopDatabase::probe, (url, user, password) -> {
                    if (url == null) {
                        // back to this workstation's own register: no password stays behind
                        settings.setShopDatabase(null);
                        ShopConnection.writePasswordFile(file, null);
                    } else {
                        ShopConnection.writePasswordFile(file, password);
                        settings.setShopDatabase(new Settings.ShopDatabaseSetting(url, user == null ? "" : user));
                    }
                }, services.tasks(), messages);
    }

    /** Since when the champion prices (its last promotion or rollback), or null when unknown. */
    private Instant championSince() {
        try {
            return services.models().championSince().orElse(null);
        } catch (com.carato.service.ModelException | RuntimeException e) {
            LOG.warn("the champion's history could not be read: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }
}
