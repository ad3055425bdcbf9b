package com.carato.app.ui.appraise;

import com.carato.app.sheet.FakePrinterJob;
import com.carato.app.sheet.PdfSheetWriter;
import com.carato.app.sheet.ShopDetails;
import com.carato.app.sheet.SystemSheetPrinter;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.service.TestModels;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Print… on the appraisal desk, headless, with the system printer over fake print jobs. */
@ExtendWith(ApplicationExtension.class)
class PrintSheetUiTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private volatile FakePrinterJob job;
    private AppraiseViewModel vm;
    private Stage desk;

    /** The test model is trained (or loaded) before the toolkit's setup, which has a time limit. */
    @BeforeAll
    static void model() {
        TestModels.appraiser();
    }

    @Start
    void start(Stage stage) {
        Messages english = new Messages(Locale.ENGLISH);
        vm = new AppraiseViewModel(StoneAppraiser.of(TestModels.appraiser()), background, Platform::runLater, english,
                (a, n, d) -> new PdfSheetWriter(english, ShopDetails.NONE).render(a, n, d),
                new SystemSheetPrinter(() -> job), () -> "CA-UI-PRINT", Clock.systemDefaultZone());
        // a window of its own: the shared primary stage keeps its size for the other UI tests
        desk = new Stage();
        desk.setScene(new Scene(new AppraiseView(vm, english).root(), 1100, 800));
        desk.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(desk::close);
        background.shutdownNow();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#appraiseStatus").queryAs(Label.class).getText();
    }

    private void appraise(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.fill(new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 57, 6.43, 6.47, 3.99));
            vm.appraise();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
    }

    private void print(FxRobot robot, String expected) throws Exception {
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).equals(expected));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, status(robot), "the message stays");
    }

    @Test
    void withoutAPrinterPrintSaysSo(FxRobot robot) throws Exception {
        job = new FakePrinterJob(false, true, -1);
        appraise(robot);
        print(robot, "No printer is available.");
        assertEquals(0, job.pagesPrinted());
    }

    @Test
    void printSendsTheSheetsPagesToThePrinter(FxRobot robot) throws Exception {
        job = new FakePrinterJob(true, true, -1);
        appraise(robot);
        print(robot, "Sheet CA-UI-PRINT sent to the printer.");
        assertEquals(1, job.pagesPrinted(), "the sheet's one page, not the screen");
        assertEquals("Diamond appraisal CA-UI-PRINT", job.getJobName());
        assertFalse(job.cancelled());
    }

    @Test
    void aFailingPrinterCancelsTheJobAndSaysWhy(FxRobot robot) throws Exception {
        job = new FakePrinterJob(true, true, 0);
        appraise(robot);
        print(robot, "Printing failed and the print job was cancelled: paper jam on page 1");
        assertTrue(job.cancelled());
    }
}
