package com.carato.app.ui.main;

import com.carato.app.sheet.PdfSheetWriter;
import com.carato.app.sheet.SheetPrinter;
import com.carato.app.sheet.ShopDetails;
import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelsViewModel;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.StoneData;
import com.carato.service.TestModels;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The appraisal desk as a salesperson uses it, headless: type, appraise, what-if, sheet, language. */
@ExtendWith(ApplicationExtension.class)
class AppraiseFlowUiTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainWindow window;
    private AppraiseViewModel appraise;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ActiveModel active = TestModels.active();
        Messages english = new Messages(Locale.ENGLISH);
        appraise = new AppraiseViewModel(StoneAppraiser.of(new Appraiser(active)), background, Platform::runLater, english,
                (a, n, d) -> new PdfSheetWriter(english, ShopDetails.NONE).render(a, n, d),
                (pdf, job) -> SheetPrinter.Outcome.PRINTED, () -> "CA-UI-001",
                Clock.systemDefaultZone());
        ViewModels vms = new ViewModels(new DataViewModel(new StoneData(), background, Platform::runLater), appraise,
                new ModelsViewModel(new ModelService(TestModels.registry(), active), dir.resolve("reports"),
                        background, Platform::runLater));
        window = new MainWindow(stage, new MainViewModel(vms, english, path -> { }), Locale.ENGLISH, null,
                locale -> { }, m -> { });
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private String price(FxRobot robot) {
        return robot.lookup("#priceLabel").queryAs(Label.class).getText();
    }

    @Test
    void typeAStoneSeeItsPriceAndPathThenAskWhatIf(FxRobot robot) throws Exception {
        robot.clickOn("#caratField").write("1.01");
        robot.clickOn("#xField").write("6.43");
        robot.clickOn("#yField").write("6.47");
        robot.clickOn("#zField").write("3.99");
        robot.clickOn("#depthField").write("61.8");
        robot.clickOn("#tableField").write("57").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !price(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the price is drawn first: let the FX thread finish the result card
        String first = price(robot);
        assertTrue(first.matches("\\$[0-9,]+"), first);
        assertTrue(robot.lookup("#rangeLabel").queryAs(Label.class).getText().contains("90 % range"));
        VBox path = robot.lookup("#pathBox").queryAs(VBox.class);
        assertTrue(path.getChildren().size() >= 2, "steps and the leaf");
        assertTrue(((Label) path.getChildren().get(path.getChildren().size() - 1)).getText().contains("stones of the data end here"));
        assertEquals(1, appraise.history().size());

        @SuppressWarnings("unchecked")
        ComboBox<com.carato.domain.Clarity> clarity = robot.lookup("#clarityChoice").queryAs(ComboBox.class);
        robot.interact(() -> clarity.setValue(com.carato.domain.Clarity.IF));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !price(robot).equals(first));
        assertNotEquals(first, price(robot), "a better clarity changes the price at once");

        Path sheet = dir.resolve("sheet.pdf");
        robot.interact(() -> appraise.saveSheet(sheet));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(sheet));
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(price(robot)), "the sheet shows the price");
        }
    }

    @Test
    void aWhatIfWeightScalesTheSizesAndSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#caratField").write("1.01");
        robot.clickOn("#xField").write("6.43");
        robot.clickOn("#yField").write("6.47");
        robot.clickOn("#zField").write("3.99");
        robot.clickOn("#depthField").write("61.8");
        robot.clickOn("#tableField").write("57").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !price(robot).isEmpty());
        String first = price(robot);
        Label note = robot.lookup("#sizeNote").queryAs(Label.class);
        assertFalse(note.isVisible(), "no note while the sizes are as typed");

        TextField carat = robot.lookup("#caratField").queryAs(TextField.class);
        robot.clickOn(carat);
        robot.interact(carat::selectAll);
        robot.write("1.5");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !price(robot).equals(first) && appraise.resultProperty().get().diamond().carat() == 1.5);
        assertEquals("7.34", robot.lookup("#xField").queryAs(TextField.class).getText());
        assertEquals("7.38", robot.lookup("#yField").queryAs(TextField.class).getText());
        assertEquals("4.55", robot.lookup("#zField").queryAs(TextField.class).getText());
        assertTrue(note.isVisible());
        assertEquals("Sizes scaled with the weight (cube root): "
                + "6.43\u00A0×\u00A06.47\u00A0×\u00A03.99 → 7.34\u00A0×\u00A07.38\u00A0×\u00A04.55\u00A0mm",
                note.getText());
        assertEquals(7.34, appraise.resultProperty().get().diamond().x(), "the price is for the scaled stone");
    }

    @Test
    void invalidInputIsExplainedNextToTheField(FxRobot robot) {
        robot.clickOn("#caratField").write("abc");
        robot.clickOn("#appraiseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("'abc' is not a number").tryQuery().isPresent());
        assertFalse(robot.lookup("#resultBox").queryAs(VBox.class).isVisible(), "no price for an invalid stone");
    }

    @Test
    void afterLanguageSwitchesAnErrorShowsOneDialogInTheCurrentLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> window.switchLanguage(Locale.ITALIAN));
        robot.interact(() -> window.switchLanguage(Locale.ENGLISH));
        robot.interact(() -> window.switchLanguage(Locale.ITALIAN));
        robot.interact(() -> window.view().open(com.carato.data.Fixtures.fixture("missing-column.csv")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.control.DialogPane> open = dialogs();
        assertEquals(1, open.size(), "one dialog, not one per rebuilt window");
        assertEquals("Impossibile aprire il file", open.get(0).getHeaderText());
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .toList().forEach(w -> ((Stage) w).close()));
    }

    private static java.util.List<javafx.scene.control.DialogPane> dialogs() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(w -> (javafx.scene.control.DialogPane) w.getScene().getRoot()).toList();
    }

    @Test
    void switchingToItalianChangesTheLabels(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Appraise", tabs.getTabs().get(0).getText());
        robot.interact(() -> window.switchLanguage(Locale.ITALIAN));
        TabPane italian = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Stima", italian.getTabs().get(0).getText());
        assertTrue(robot.lookup("La pietra").tryQuery().isPresent());
        assertEquals(Optional.of("Impostazioni"), robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().map(m -> m.getText()).filter(t -> t.startsWith("Imp")).findFirst());
    }
}
