package com.carato.app;

import com.carato.app.sheet.PdfSheetWriter;
import com.carato.app.sheet.SheetWriter;
import com.carato.app.sheet.SystemSheetPrinter;
import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.explore.ExploreView;
import com.carato.app.ui.explore.ExploreViewModel;
import com.carato.app.ui.main.MainViewModel;
import com.carato.app.ui.main.MainWindow;
import com.carato.app.ui.main.MenuActions;
import com.carato.app.ui.main.ViewModels;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.app.ui.retrain.ModelHistoryWindow;
import com.carato.app.ui.retrain.RetrainWizard;
import com.carato.app.ui.server.ServerDialog;
import com.carato.app.ui.server.ServerViewModel;
import com.carato.app.ui.shop.ShopDialog;
import com.carato.app.ui.shop.ShopViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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
        services = AppServices.create(paths, errors, Platform::runLater);

        SheetWriter sheets = (appraisal, number, date) -> new PdfSheetWriter(messages, settings.shop()).render(
                appraisal, number, date);
        ViewModels viewModels = new ViewModels(
                new DataViewModel(services.stoneData(), services.tasks()),
                new AppraiseViewModel(StoneAppraiser.of(services.appraiser()), services.tasks(), messages, sheets,
                        new SystemSheetPrinter(),
                        () -> settings.nextSheetNumber(LocalDate.now()), Clock.systemDefaultZone()),
                new ModelsViewModel(services.models(), paths.reports(), services.longTasks()));
        ExploreViewModel explore = new ExploreViewModel(services.appraiser(), services.tasks());
        viewModels.data().setOnLoaded(explore::setData);
        services.activeModel().addListener(summary -> Platform.runLater(() -> {
            explore.modelChanged();
            viewModels.appraise().modelChanged();
            viewModels.models().refresh();
        }));
        MainViewModel main = new MainViewModel(viewModels, messages, settings::setLastData);
        MainWindow window = new MainWindow(stage, main, settings.locale(), locale -> new ExploreView(explore, locale),
                settings::setLocale, current -> messages = current);
        server = new ServerViewModel(services.appraiser(), services.models(), services.tasks());
        window.setActions(new MenuActions(
                owner -> RetrainWizard.of(services.retrainer(), services.longTasks(), messages.locale(), owner).show(),
                owner -> ModelHistoryWindow.of(services.models(), services.tasks(), messages.locale(), owner).show(),
                owner -> new ServerDialog(server, messages, owner, getHostServices()).show(),
                owner -> new ShopDialog(new ShopViewModel(settings.shop(), settings::setShop,
                        paths.home().resolve("shop"), messages), messages, owner).show()));
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
        main.start(data);
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
