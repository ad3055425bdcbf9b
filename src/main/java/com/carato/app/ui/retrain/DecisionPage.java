package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Fxml;
import com.carato.service.Comparison;
import com.carato.service.RetrainDecision;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** Step 5: Promote or Keep current, with a note for the log, then the outcome. */
final class DecisionPage {

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private TextArea noteArea;
    @FXML private Button promoteButton;
    @FXML private Button keepButton;
    @FXML private Label outcomeLabel;

    DecisionPage(RetrainWizardViewModel viewModel, RetrainTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.root = Fxml.load(DecisionPage.class, "retrain-decision.fxml", this, texts.bundle());
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        noteArea.setPromptText(texts.get("decision.notePrompt"));
        noteArea.disableProperty().bind(viewModel.canDecide().not());
        promoteButton.disableProperty().bind(viewModel.canDecide().not());
        keepButton.disableProperty().bind(viewModel.canDecide().not());
        outcomeLabel.visibleProperty().bind(viewModel.decisionProperty().isNotNull());
        viewModel.comparisonProperty().addListener((obs, old, c) -> summary(c));
        viewModel.decisionProperty().addListener((obs, old, d) -> outcome(d));
        summary(viewModel.comparisonProperty().get());
        outcome(viewModel.decisionProperty().get());
    }

    private void summary(Comparison c) {
        summaryLabel.setText(c == null ? "" : texts.format("decision.summary", c.challenger().id(),
                texts.get(c.verdict().promote() ? "comparison.verdict.promote" : "comparison.verdict.keep")));
    }

    private void outcome(RetrainDecision d) {
        if (d == null) {
            outcomeLabel.setText("");
        } else if (d.outcome() == RetrainDecision.Outcome.PROMOTED) {
            outcomeLabel.setText(texts.format("decision.promoted", d.challengerId()));
        } else {
            outcomeLabel.setText(texts.format("decision.kept", d.championAfter(), d.challengerId()));
        }
    }

    @FXML
    private void onPromote() {
        viewModel.promote();
    }

    @FXML
    private void onKeep() {
        viewModel.keep();
    }
}
