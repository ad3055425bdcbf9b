package com.carato.app.ui.retrain;

import com.carato.service.ActiveModel;
import com.carato.service.FreshStones;
import com.carato.service.ModelService;
import com.carato.service.PromotionRule;
import com.carato.service.RegistryFixture;
import com.carato.service.RetrainDecision;
import com.carato.service.RetrainSession;
import com.carato.service.Retrainer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5's acceptance: the whole wizard, headless (Monocle), from the files to Promote. */
@ExtendWith(ApplicationExtension.class)
class RetrainWizardUiTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage owner;

    @TempDir
    Path dir;

    /** The main window's stand-in: its own stage, so that the shared primary stage stays as other tests expect it. */
    @Start
    void start(Stage primary) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        background.shutdownNow();
        org.testfx.api.FxToolkit.setupFixture(() -> owner.close());
    }

    @Test
    void aManagerRetrainsFromTheMenuAndPromotesTheNewModel(FxRobot robot) throws Exception {
        Path models = RegistryFixture.championRegistry(dir.resolve("models"));
        Path fresh = FreshStones.write(dir.resolve("fresh.csv"), RetrainWizardViewModelTest.FRESH, 11);
        ActiveModel active = new ActiveModel();
        String championId = new ModelService(models, active).loadChampion().orElseThrow().id();
        Retrainer retrainer = Retrainer.quick(models, active, PromotionRule.defaults());
        RetrainWizardViewModel vm = new RetrainWizardViewModel(retrainer, background, Platform::runLater);
        RetrainWizard[] wizard = new RetrainWizard[1];
        robot.interact(() -> {
            wizard[0] = new RetrainWizard(vm, Locale.ENGLISH, owner);
            wizard[0].show();
            vm.addFiles(List.of(fresh));
        });

        StackPane pages = robot.lookup("#pagesPane").queryAs(StackPane.class);
        assertEquals(1, pages.getChildren().stream().filter(javafx.scene.Node::isVisible).count(), "one page at a time");
        assertTrue(robot.lookup("#addFiles").queryButton().getParent().getParent().isVisible());
        Button next = robot.lookup("#next").queryButton();
        assertEquals("Check files >", next.getText());
        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.stepProperty().get() == WizardStep.VALIDATION);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, robot.lookup("#rejectedTable").queryAs(TableView.class).getItems().size());
        assertTrue(robot.lookup("#summaryLabel").queryAs(Label.class).getText().contains("New: 201 distinct stones"));
        assertEquals("Train a new model >", next.getText());
        assertFalse(next.isDisabled());

        robot.clickOn(next);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.stepProperty().get() == WizardStep.COMPARISON);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, robot.lookup("#figuresTable").queryAs(TableView.class).getItems().size());
        assertEquals(2, robot.lookup("#bandChart").queryAs(BarChart.class).getData().size());
        assertFalse(robot.lookup("#verdictLabel").queryAs(Label.class).getText().isBlank());

        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.DECISION, vm.stepProperty().get());
        robot.clickOn("#noteArea").write("first batch");
        robot.clickOn("#promote");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.decisionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        RetrainDecision d = vm.decisionProperty().get();
        assertEquals(RetrainDecision.Outcome.PROMOTED, d.outcome());
        assertTrue(d.event().reason().startsWith("note: first batch"), d.event().reason());
        assertEquals(d.challengerId(), active.current().orElseThrow().manifest().id(), "the app prices with it now");
        assertTrue(!d.challengerId().equals(championId));
        assertTrue(robot.lookup("#outcomeLabel").queryAs(Label.class).getText().contains(d.challengerId()));
        Button close = robot.lookup("#close").queryButton();
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wizard[0].stage().isShowing());
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        try (RetrainSession again = retrainer.open(List.of(fresh), "test")) {
            assertEquals(List.of(fresh), again.files(), "the wizard released the retrain lock");
        }
    }
}
