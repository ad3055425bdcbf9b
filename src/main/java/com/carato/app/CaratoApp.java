package com.carato.app;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.UiExecutors;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.main.MainView;
import com.carato.service.StoneData;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.concurrent.ExecutorService;

/** The desktop application; the one place where the app's objects are wired together. */
public final class CaratoApp extends Application {

    private ExecutorService background;

    public static void launchApp(String[] args) {
        Application.launch(CaratoApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        background = UiExecutors.background();
        Messages messages = new Messages(Locale.getDefault());
        DataViewModel dataViewModel = new DataViewModel(new StoneData(), background, Platform::runLater);
        MainView main = new MainView(messages, dataViewModel);

        Scene scene = new Scene(main.root(), 1280, 800);
        scene.getStylesheets().add(CaratoApp.class.getResource("carato.css").toExternalForm());
        stage.setTitle("Carato");
        stage.setScene(scene);
        stage.show();
        options.dataFile().ifPresent(main::open);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
