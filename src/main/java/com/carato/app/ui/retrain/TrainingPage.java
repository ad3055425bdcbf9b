package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Fxml;
import com.carato.service.RetrainValidation;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** Step 3: the challenger being trained, with a progress bar, the stage in words, and Cancel. */
final class TrainingPage {

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Parent root;

    @FXML private Label whatLabel;
    @FXML private ProgressBar trainingProgress;
    @FXML private Label stageLabel;
    @FXML private Button cancelButton;

    TrainingPage(RetrainWizardViewModel viewModel, RetrainTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.root = Fxml.load(TrainingPage.class, "retrain-training.fxml", this, texts.bundle());
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        SessionRunner work = viewModel.work();
        whatLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RetrainValidation v = viewModel.validationProperty().get();
            return v == null ? "" : texts.format("training.what", v.trainingRows());
        }, viewModel.validationProperty()));
        trainingProgress.progressProperty().bind(work.progressProperty());
        stageLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String percent = texts.formats().number(work.progressProperty().get() * 100, 0) + " %";
            return work.stageProperty().get() == null ? percent
                    : percent + "  ·  " + texts.engine(work.stageProperty().get());
        }, work.stageProperty(), work.progressProperty()));
        cancelButton.disableProperty().bind(work.busyProperty().not());
    }

    @FXML
    private void onCancel() {
        viewModel.cancelTraining();
    }
}
