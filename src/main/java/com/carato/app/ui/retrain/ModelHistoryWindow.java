package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.TaskRunner;
import com.carato.service.ModelEvent;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * Model → History: every bundle (status, when, data fingerprint, figures) and the registry log,
 * with Roll back… to a selected earlier bundle or to the previous champion, after a confirmation.
 */
public final class ModelHistoryWindow {

    private final ModelHistoryViewModel viewModel;
    private final RetrainTexts texts;
    private final Formats formats;
    private final Stage stage;

    @FXML private TableView<ModelSummary> versionsTable;
    @FXML private TableView<ModelEvent> eventsTable;
    @FXML private Label failureLabel;
    @FXML private Label messageLabel;
    @FXML private Button rollbackSelected;
    @FXML private Button rollbackPrevious;
    @FXML private Button refreshButton;

    /** The usual wiring: the history of the app's registry, read on the app's runner. */
    public static ModelHistoryWindow of(ModelService models, TaskRunner tasks, Locale locale, Window owner) {
        return new ModelHistoryWindow(new ModelHistoryViewModel(models, tasks), locale, owner);
    }

    public ModelHistoryWindow(ModelHistoryViewModel viewModel, Locale locale, Window owner) {
        this.viewModel = viewModel;
        this.texts = new RetrainTexts(locale);
        this.formats = texts.formats();
        this.stage = new Stage();
        Parent root = Fxml.load(ModelHistoryWindow.class, "history.fxml", this, texts.bundle());
        Scene scene = new Scene(root, 1180, 700);
        scene.getStylesheets().addAll(List.of(
                ModelHistoryWindow.class.getResource("/com/carato/app/carato.css").toExternalForm(),
                ModelHistoryWindow.class.getResource("retrain.css").toExternalForm()));
        stage.setScene(scene);
        stage.setTitle(texts.get("history.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    @FXML
    private void initialize() {
        versionsTable.setItems(viewModel.versions());
        Tables.columns(versionsTable,
                Tables.text(texts.get("history.id"), ModelSummary::id),
                Tables.text(texts.get("history.status"), this::status),
                Tables.text(texts.get("history.created"), m -> texts.dateTime(m.created())),
                Tables.text(texts.get("history.data"), this::data),
                Tables.number(texts.get("history.mape"), m -> m.holdout() == null ? "" : texts.points(m.holdout().mape())),
                Tables.number(texts.get("history.mae"), m -> m.holdout() == null ? "" : formats.money(m.holdout().mae())));
        Tables.widths(versionsTable, 200, 80, 150, 540, 80, 80);
        eventsTable.setItems(viewModel.events());
        Tables.columns(eventsTable,
                Tables.text(texts.get("history.time"), e -> texts.dateTime(e.time())),
                Tables.text(texts.get("history.action"), e -> texts.getOr("history.action." + e.action(), e.action())),
                Tables.text(texts.get("history.id"), ModelEvent::id),
                Tables.text(texts.get("history.previous"), e -> e.previous() == null ? "" : e.previous()),
                Tables.text(texts.get("history.actor"), ModelEvent::actor),
                Tables.text(texts.get("history.reason"), texts::why));
        Tables.widths(eventsTable, 150, 85, 195, 195, 150, 360);
        rollbackSelected.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() ->
                !ModelHistoryViewModel.canRollBackTo(versionsTable.getSelectionModel().getSelectedItem()),
                versionsTable.getSelectionModel().selectedItemProperty())));
        rollbackPrevious.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() ->
                viewModel.events().stream().filter(e -> "promoted".equals(e.action())
                        || "rolled-back".equals(e.action())).count() < 2, viewModel.events())));
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        failureLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.failureProperty().get() == null
                ? "" : texts.failure(viewModel.failureProperty().get()), viewModel.failureProperty()));
        failureLabel.visibleProperty().bind(viewModel.failureProperty().isNotNull());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        viewModel.rolledBackProperty().addListener((obs, old, e) ->
                messageLabel.setText(e == null ? "" : texts.format("history.rolledBack", e.id())));
    }

    private String status(ModelSummary m) {
        String status = m.status().code();
        return texts.getOr("history.status." + status, status);
    }

    private String data(ModelSummary m) {
        String sha = m.dataSha256() == null ? "" : m.dataSha256().substring(0, Math.min(12, m.dataSha256().length()));
        return texts.dataSource(m.dataSource()) + ",  " + formats.integer(m.dataRows()) + ",  " + sha;
    }

    private String championId() {
        return viewModel.versions().stream().filter(ModelSummary::isChampion).map(ModelSummary::id)
                .findFirst().orElse("–");
    }

    @FXML
    private void onRollbackSelected() {
        ModelSummary target = versionsTable.getSelectionModel().getSelectedItem();
        if (ModelHistoryViewModel.canRollBackTo(target)
                && confirm(texts.format("history.confirm.selected", target.id(), championId()))) {
            viewModel.rollback(target.id());
        }
    }

    @FXML
    private void onRollbackPrevious() {
        if (confirm(texts.format("history.confirm.previous", championId()))) {
            viewModel.rollback(null);
        }
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("history.confirm.detail"),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(texts.get("history.confirm.title"));
        alert.setHeaderText(question);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }

    @FXML
    private void onClose() {
        stage.close();
    }

    /** Shows the window and reads the registry in the background. */
    public void show() {
        viewModel.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
