package com.carato.app.ui.main;

import com.carato.app.CaratoApp;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.data.RowItem;
import com.carato.service.StoneData;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.carato.data.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window, headless (Monocle): menus, and a file loaded in the background into the table. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MainView main;

    @Start
    void start(Stage stage) {
        DataViewModel viewModel = new DataViewModel(new StoneData(), background, Platform::runLater);
        main = new MainView(new Messages(Locale.ENGLISH), viewModel);
        Scene scene = new Scene(main.root(), 1280, 800);
        scene.getStylesheets().add(CaratoApp.class.getResource("carato.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Carato");
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void menuBarHasTheMenus(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("File", "Model", "Server", "Settings", "Help"),
                bar.getMenus().stream().map(m -> m.getText()).toList());
    }

    @Test
    void loadsAFileInTheBackgroundAndShowsRowsAndProblems(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(fixture("small.csv")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#rowsTable").queryAs(TableView.class).getItems().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        assertEquals("9 rows: 7 accepted, 2 rejected, 1 duplicate, 1 warning", summary.getText());
        @SuppressWarnings("unchecked")
        TableView<RowItem> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertEquals(4, problems.getItems().size());
        assertEquals(com.carato.domain.FieldProblem.PRICE_NOT_POSITIVE, problems.getItems().get(2).said().get(0).problem().code());
        assertEquals("Ready", robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }
}
