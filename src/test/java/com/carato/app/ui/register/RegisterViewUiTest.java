package com.carato.app.ui.register;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.register.JdbcRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.ShopDatabase;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Register screen headless (Monocle) on a real H2 register: search with Enter, a bad filter, open an entry. */
@ExtendWith(ApplicationExtension.class)
class RegisterViewUiTest {

    @TempDir
    static Path dir;

    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private static ShopDatabase database;
    private static List<RegisterEntry> entries;
    private Stage primary;
    private RegisterViewModel viewModel;
    private RegisterView view;

    @BeforeAll
    static void fill() {
        database = ShopDatabase.embedded(dir);
        entries = RegisterSamples.fill(new JdbcRegister(database), RegisterSamples::fixture);
    }

    @AfterAll
    static void close() {
        background.shutdownNow();
        database.close();
    }

    @Start
    void start(Stage stage) {
        primary = stage;
        viewModel = new RegisterViewModel(new JdbcRegister(database),
                TaskRunner.of(background, Platform::runLater), entry -> new byte[0],
                RegisterSamples.dearer(RegisterSamples::fixture), () -> "Anna Ferri");
        view = new RegisterView(viewModel, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeEntryWindows(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != primary)
                .forEach(Window::hide));
    }

    @Test
    void enterSearchesAndADoubleClickOpensTheEntryAsItWasGiven(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#registerTable").queryAs(TableView.class);
        List<RegisterEntry> expected = entries.stream()
                .filter(e -> e.client() != null && e.client().startsWith("C-10"))
                .sorted(Comparator.comparingLong(RegisterEntry::number).reversed()).toList();

        robot.clickOn("#registerClient").write("c-10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == expected.size());
        assertEquals(expected.stream().map(RegisterEntry::number).toList(),
                table.getItems().stream().map(e -> ((RegisterEntry) e).number()).toList());
        assertEquals("Page 1", robot.lookup("#registerPage").queryAs(Label.class).getText());

        RegisterEntry first = expected.get(0);
        java.util.function.Supplier<java.util.Optional<TableRow<?>>> firstRow = () -> robot.lookup(".table-row-cell")
                .<TableRow<?>>match(row -> row.getItem() instanceof RegisterEntry e && e.number() == first.number())
                .tryQuery();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstRow.get().isPresent());
        robot.doubleClickOn(firstRow.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Formats(Locale.ENGLISH).money(first.appraisal().price()),
                robot.lookup("#entryPrice").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#entryTitle").queryAs(Label.class).getText().startsWith("No. " + first.number() + " · "));
        assertTrue(robot.lookup("#entryWho").queryAs(Label.class).getText().contains("client " + first.client()));

        robot.clickOn("#entryVoidButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Please give a reason for the void.", robot.lookup("#entryStatus").queryAs(Label.class).getText());

        robot.clickOn("#entryAgain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entryCompareNow1").tryQuery().isPresent());
        Label now = robot.lookup("#entryCompareNow1").queryAs(Label.class);
        assertEquals(new Formats(Locale.ENGLISH).money(first.appraisal().price() * 1.04), now.getText());
    }

    @Test
    void aWordInANumberFieldIsSaidNextToItAndTheListStays(FxRobot robot) {
        robot.clickOn("#registerMinCarat").write("heavy").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not a number: \"heavy\"", robot.lookup("#register-minCarat-error").queryAs(Label.class).getText());
        assertEquals("Please correct the filters marked in red.",
                robot.lookup("#registerStatus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#registerTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void anEntryWindowOpenWhenTheLanguageChangesComesBackInTheNewLanguageWhereItWas(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#registerTable").queryAs(TableView.class);
        robot.clickOn("#registerSearch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        RegisterEntry first = (RegisterEntry) table.getItems().get(0);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            robot.lookup("#registerOpen").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Stage english = entryWindows().get(0);
        assertEquals("Register entry No. " + first.number(), english.getTitle());
        robot.interact(() -> {
            english.setX(140);
            english.setY(90);
            english.setWidth(900);
            english.setHeight(700);
        });
        robot.clickOn("#entryAgain");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entryCompareNow1").tryQuery().isPresent());

        // what MainWindow does on a language switch: the screen is disposed and built again
        robot.interact(() -> {
            view.dispose();
            view = new RegisterView(viewModel, new Messages(Locale.ITALIAN));
            primary.getScene().setRoot(view.root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Stage> open = entryWindows();
        assertEquals(1, open.size(), "the English window closed, one window open");
        Stage italian = open.get(0);
        assertEquals("Voce del registro n. " + first.number(), italian.getTitle());
        assertEquals(140, italian.getX(), 0.5);
        assertEquals(90, italian.getY(), 0.5);
        assertEquals(900, italian.getWidth(), 0.5);
        assertEquals(700, italian.getHeight(), 0.5);
        assertEquals(new Formats(Locale.ITALIAN).money(first.appraisal().price()),
                robot.lookup("#entryPrice").queryAs(Label.class).getText());
        // the comparison with today's model made before the switch is still there, in Italian
        assertEquals(new Formats(Locale.ITALIAN).money(first.appraisal().price() * 1.04),
                robot.lookup("#entryCompareNow1").queryAs(Label.class).getText());

        // closed by the user: the next rebuild does not bring it back
        robot.interact(italian::close);
        assertTrue(viewModel.openEntries().isEmpty());
        robot.interact(() -> {
            view.dispose();
            view = new RegisterView(viewModel, new Messages(Locale.ENGLISH));
            primary.getScene().setRoot(view.root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(entryWindows().isEmpty());
    }

    private List<Stage> entryWindows() {
        return Window.getWindows().stream().filter(w -> w != primary && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w).toList();
    }
}
