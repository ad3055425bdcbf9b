package com.carato.app;

import com.carato.app.sheet.PdfSheetWriter;
import com.carato.app.sheet.SheetWriter;
import com.carato.app.sheet.SystemSheetPrinter;
import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.UiExecutors;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.explore.ExploreView;
import com.carato.app.ui.explore.ExploreViewModel;
import com.carato.app.ui.main.MainWindow;
import com.carato.app.ui.main.MenuActions;
import com.carato.app.ui.retrain.ModelHistoryWindow;
import com.carato.app.ui.retrain.RetrainWizard;
import com.carato.app.ui.server.ServerDialog;
import com.carato.app.ui.server.ServerViewModel;
import com.carato.app.ui.shop.ShopDialog;
import com.carato.app.ui.shop.ShopViewModel;
import com.carato.app.ui.main.ViewModels;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.StoneData;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;

/** The desktop application; the one place where the app's objects are wired together. */
public final class CaratoApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CaratoApp.class);

    private ExecutorService background;
    private ExecutorService longWork;
    private Settings settings;
    private Stage stage;
    private ViewModels viewModels;
    private volatile Messages messages;
    private MainWindow window;
    private ServerViewModel server;

    public static void launchApp(String[] args) {
        Application.launch(CaratoApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        AppPaths paths = options.home().map(AppPaths::of).orElseGet(AppPaths::detect);
        Path logFile = AppLogging.toFile(paths.logs());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("unexpected error in {}", thread.getName(), e);
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("error.unexpected", logFile));
                alert.setHeaderText(messages.get("error.unexpected.title"));
                alert.show();
            });
        });
        LOG.info("Carato starting; models in {}", paths.models());

        settings = Settings.user();
        messages = new Messages(settings.locale());
        background = UiExecutors.background();
        longWork = UiExecutors.longWork();
        ActiveModel active = new ActiveModel();
        Appraiser appraiser = new Appraiser(active);
        ModelService modelService = new ModelService(paths.models(), active);
        SheetWriter sheets = (appraisal, number, date) -> new PdfSheetWriter(messages, settings.shop()).render(
                appraisal, number, date);
        viewModels = new ViewModels(
                new DataViewModel(new StoneData(), background, Platform::runLater),
                new AppraiseViewModel(StoneAppraiser.of(appraiser), background, Platform::runLater, messages, sheets,
                        new SystemSheetPrinter(),
                        () -> settings.nextSheetNumber(LocalDate.now()), Clock.systemDefaultZone()),
                new ModelsViewModel(modelService, paths.reports(), longWork, Platform::runLater));
        ExploreViewModel explore = new ExploreViewModel(appraiser, background, Platform::runLater);
        viewModels.data().setOnLoaded(explore::setData);
        active.addListener(summary -> {
            explore.modelChanged();
            Platform.runLater(() -> {
                viewModels.appraise().modelChanged();
                viewModels.models().refresh();
            });
        });

        window = new MainWindow(stage, viewModels, settings.locale(), locale -> new ExploreView(explore, locale),
                settings::setLocale, settings::setLastData, current -> messages = current);
        server = new ServerViewModel(appraiser, modelService, background, Platform::runLater);
        window.setActions(new MenuActions(
                owner -> RetrainWizard.of(paths.models(), active, longWork, Platform::runLater, messages.locale(),
                        owner).show(),
                owner -> ModelHistoryWindow.of(paths.models(), active, background, Platform::runLater,
                        messages.locale(), owner).show(),
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

        java.util.Optional<Path> data = options.dataFile().or(settings::lastData).filter(java.nio.file.Files::isRegularFile);
        data.ifPresent(window.view()::open);
        viewModels.models().start(data);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
        if (background != null) {
            background.shutdownNow();
        }
        if (longWork != null) {
            longWork.shutdownNow();
        }
    }
}
