package com.carato.app.ui.main;

import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.data.DataView;
import com.carato.app.ui.data.DataViewModel;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** The main window: menu bar, one tab per screen, and a status bar with background progress. */
public final class MainView {

    private final Messages messages;
    private final DataViewModel dataViewModel;
    private final DataView dataView;
    private final Parent root;

    @FXML
    private Tab dataTab;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar progressBar;

    public MainView(Messages messages, DataViewModel dataViewModel) {
        this.messages = messages;
        this.dataViewModel = dataViewModel;
        this.dataView = new DataView(dataViewModel, messages);
        this.root = Fxml.load(MainView.class, "main.fxml", this, messages.bundle());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        dataTab.setContent(dataView.root());
        progressBar.visibleProperty().bind(dataViewModel.loadingProperty());
        progressBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        dataViewModel.loadingProperty().addListener((obs, was, loading) -> statusLabel.setText(loading
                ? messages.format("status.loading", dataViewModel.sourceProperty().get())
                : messages.get("status.ready")));
        dataViewModel.errorProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty()) {
                statusLabel.setText(messages.get("status.failed"));
                showError(messages.get("error.load.title"), message);
            }
        });
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.csv"), "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            dataViewModel.load(file.toPath());
        }
    }

    /** Opens a file as File → Open does (used at start-up). */
    public void open(Path file) {
        dataViewModel.load(file);
    }

    @FXML
    private void exit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"));
        alert.setTitle(messages.get("menu.help.about"));
        alert.setHeaderText("Carato");
        alert.initOwner(window());
        alert.show();
    }

    private void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(window());
        alert.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
