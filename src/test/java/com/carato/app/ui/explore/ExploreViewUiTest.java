package com.carato.app.ui.explore;

import com.carato.data.Fixtures;
import com.carato.data.ImportReport;
import com.carato.domain.Color;
import com.carato.domain.PricedStone;
import com.carato.service.StoneData;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Explore screen headless (Monocle) at 1280×800 on the reference data, charts computed in the background. */
@ExtendWith(ApplicationExtension.class)
class ExploreViewUiTest {

    static ImportReport reference;

    /** One for the class: the stage is reused, and an earlier test's view may still react while it is replaced. */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private ExploreViewModel viewModel;
    private ExploreView view;

    @BeforeAll
    static void read() throws Exception {
        reference = new StoneData().check(Fixtures.referenceData());
    }

    @Start
    void start(Stage stage) {
        viewModel = new ExploreViewModel(null, background, Platform::runLater);
        view = new ExploreView(viewModel, Locale.ENGLISH);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        viewModel.setData(reference);
    }

    @AfterAll
    static void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void aCaratFilterNarrowsTheTableTheCountAndTheCharts(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#stonesTable").queryAs(TableView.class);
        ScatterPlot scatter = view.charts().scatter;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scatter.pointCount() == 4_986);
        assertEquals(4_986, table.getItems().size());
        assertEquals("4,986 of 4,986 stones", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.clickOn("#caratMin").write("1.5").type(KeyCode.ENTER);
        int expected = (int) reference.trainingStones().stream().filter(s -> s.diamond().carat() >= 1.5).count();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scatter.pointCount() == expected);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, table.getItems().size());
        assertEquals(String.format(Locale.ENGLISH, "%,d of 4,986 stones", expected),
                robot.lookup("#countLabel").queryAs(Label.class).getText());
        assertEquals(expected, view.charts().priceHistogram.histogram().total());
        assertTrue(view.charts().caratHistogram.histogram().min() >= 1.5);
    }

    @Test
    void aColourRangeChangesTheBoxPlots(FxRobot robot) throws Exception {
        BoxPlot byColour = view.charts().byColor;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> byColour.boxes().size() == 7);
        @SuppressWarnings("unchecked")
        ChoiceBox<Color> colorTo = robot.lookup("#colorTo").queryAs(ChoiceBox.class);
        robot.interact(() -> colorTo.setValue(Color.H));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> byColour.boxes().size() == 3);
        assertEquals("J", byColour.boxes().get(0).label());
        assertEquals("H", byColour.boxes().get(2).label());
        int expected = (int) reference.trainingStones().stream()
                .filter(s -> s.diamond().color().compareTo(Color.H) <= 0).count();
        assertEquals(expected, robot.lookup("#stonesTable").queryAs(TableView.class).getItems().size());
    }

    @Test
    void theScatterZoomsWithTheWheelAndDoubleClickShowsAllAgain(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#exploreTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ScatterPlot scatter = view.charts().scatter;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scatter.pointCount() == 4_986 && scatter.getWidth() > 500);
        robot.interact(() -> { });
        assertEquals(4_986, scatter.visibleCount());
        // zoom on the small, cheap stones (bottom left)
        robot.interact(() -> scatter.zoomAt(0.1, 0.1, 0.25));
        int zoomed = scatter.visibleCount();
        assertTrue(zoomed > 0 && zoomed < 4_986, "zoomed in: " + zoomed + " stones visible");
        assertTrue(scatter.zoomWindow().zoomed());
        robot.doubleClickOn(scatter);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4_986, scatter.visibleCount(), "a double click shows every stone again");
    }

    @Test
    void aChartIsSavedAsPng(FxRobot robot, @TempDir Path dir) throws Exception {
        TabPane tabs = robot.lookup("#exploreTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ScatterPlot scatter = view.charts().scatter;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scatter.pointCount() == 4_986 && scatter.getWidth() > 500);
        Path file = dir.resolve("scatter.png");
        AtomicReference<Exception> failure = new AtomicReference<>();
        robot.interact(() -> {
            try {
                ChartImages.savePng(scatter, file);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertEquals(null, failure.get());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals((int) Math.round(scatter.getWidth()), image.getWidth());
        assertEquals((int) Math.round(scatter.getHeight()), image.getHeight());
        assertTrue(Files.size(file) > 5_000, "a drawn chart, not a blank image");
    }

    @Test
    void withoutAModelThePriceGridSaysSo(FxRobot robot) {
        TabPane tabs = robot.lookup("#exploreTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        Label status = robot.lookup("#gridStatus").queryAs(Label.class);
        assertTrue(status.isVisible());
        assertTrue(status.getText().startsWith("No pricing model is loaded"), status.getText());
        assertTrue(robot.lookup("#exportGrid").queryButton().isDisabled());
    }

    @Test
    void inItalianTheLabelsAndNumbersChange(FxRobot robot) {
        AtomicReference<Parent> italian = new AtomicReference<>();
        robot.interact(() -> italian.set(new ExploreView(viewModel, Locale.ITALIAN).root()));
        TabPane tabs = (TabPane) italian.get().lookup("#exploreTabs");
        assertEquals("Tabella", tabs.getTabs().get(0).getText());
        assertEquals("Listino", tabs.getTabs().get(tabs.getTabs().size() - 1).getText());
        assertEquals("4.986 di 4.986 pietre", ((Label) italian.get().lookup("#countLabel")).getText());
    }
}
