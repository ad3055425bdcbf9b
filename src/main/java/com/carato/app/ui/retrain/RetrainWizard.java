package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.TaskRunner;
import com.carato.service.Retrainer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Model → Retrain…: a modal window owned by the main window, one page per {@link WizardStep}, with
 * Back / Next / Cancel below. Closing it in any way (Cancel, the close box, after a decision)
 * closes the retrain and releases the registry's lock.
 */
public final class RetrainWizard {

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Stage stage;
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Label> markers = new EnumMap<>(WizardStep.class);

    @FXML private HBox stepsBar;
    @FXML private StackPane pagesPane;
    @FXML private Label failureLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button back;
    @FXML private Button next;
    @FXML private Button close;

    /** The usual wiring: the app's retrainer, run on the app's long-work runner. */
    public static RetrainWizard of(Retrainer retrainer, TaskRunner tasks, Locale locale, Window owner) {
        return new RetrainWizard(new RetrainWizardViewModel(retrainer, tasks), locale, owner);
    }

    public RetrainWizard(RetrainWizardViewModel viewModel, Locale locale, Window owner) {
        this.viewModel = viewModel;
        this.texts = new RetrainTexts(locale);
        this.stage = new Stage();
        Parent root = Fxml.load(RetrainWizard.class, "retrain-wizard.fxml", this, texts.bundle());
        pages.put(WizardStep.FILES, new FilesPage(viewModel, texts).root());
        pages.put(WizardStep.VALIDATION, new ValidationPage(viewModel, texts).root());
        pages.put(WizardStep.TRAINING, new TrainingPage(viewModel, texts).root());
        pages.put(WizardStep.COMPARISON, new ComparisonPage(viewModel, texts).root());
        pages.put(WizardStep.DECISION, new DecisionPage(viewModel, texts).root());
        pagesPane.getChildren().setAll(pages.values());
        show(viewModel.stepProperty().get());
        Scene scene = new Scene(root, 1040, 720);
        scene.getStylesheets().addAll(List.of(
                RetrainWizard.class.getResource("/com/carato/app/carato.css").toExternalForm(),
                RetrainWizard.class.getResource("retrain.css").toExternalForm()));
        stage.setScene(scene);
        stage.setTitle(texts.get("wizard.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnHidden(e -> viewModel.close());
    }

    @FXML
    private void initialize() {
        for (WizardStep step : WizardStep.values()) {
            Label marker = new Label(texts.get("wizard.step." + step.name().toLowerCase(Locale.ROOT)));
            marker.getStyleClass().add("wizard-step");
            markers.put(step, marker);
            stepsBar.getChildren().add(marker);
        }
        SessionRunner work = viewModel.work();
        busyIndicator.visibleProperty().bind(work.busyProperty());
        failureLabel.textProperty().bind(Bindings.createStringBinding(() ->
                work.failureProperty().get() == null ? "" : texts.failure(work.failureProperty().get()),
                work.failureProperty()));
        failureLabel.visibleProperty().bind(work.failureProperty().isNotNull());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        noticeLabel.setText(texts.get("wizard.cancelled"));
        noticeLabel.visibleProperty().bind(work.cancelledProperty());
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        viewModel.stepProperty().addListener((obs, old, step) -> show(step));
        viewModel.decisionProperty().addListener((obs, old, d) -> show(viewModel.stepProperty().get()));
    }

    private void show(WizardStep step) {
        pages.forEach((s, page) -> page.setVisible(s == step));
        markers.forEach((s, marker) -> {
            marker.getStyleClass().removeAll("current", "done", "todo");
            marker.getStyleClass().add(s == step ? "current" : s.ordinal() < step.ordinal() ? "done" : "todo");
        });
        boolean decided = viewModel.decisionProperty().get() != null;
        back.setVisible(step == WizardStep.VALIDATION || step == WizardStep.DECISION && !decided);
        next.setVisible(step == WizardStep.FILES || step == WizardStep.VALIDATION || step == WizardStep.COMPARISON);
        next.disableProperty().unbind();
        switch (step) {
            case FILES -> {
                next.setText(texts.get("wizard.next.files"));
                next.disableProperty().bind(viewModel.canValidate().not());
            }
            case VALIDATION -> {
                next.setText(texts.get("wizard.next.validation"));
                next.disableProperty().bind(viewModel.canTrain().not());
            }
            case COMPARISON -> {
                next.setText(texts.get("wizard.next.comparison"));
                next.disableProperty().bind(viewModel.work().busyProperty());
            }
            default -> next.setDisable(true);
        }
        next.setDefaultButton(next.isVisible());
        close.setText(texts.get(decided ? "wizard.finish" : "wizard.close"));
        close.setDefaultButton(decided);
    }

    @FXML
    private void onBack() {
        if (viewModel.stepProperty().get() == WizardStep.VALIDATION) {
            viewModel.backToFiles();
        } else {
            viewModel.backToComparison();
        }
    }

    @FXML
    private void onNext() {
        switch (viewModel.stepProperty().get()) {
            case FILES -> viewModel.validate();
            case VALIDATION -> viewModel.train();
            case COMPARISON -> viewModel.toDecision();
            default -> {
            }
        }
    }

    @FXML
    private void onClose() {
        stage.close();
    }

    /** Shows the wizard (does not wait). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
