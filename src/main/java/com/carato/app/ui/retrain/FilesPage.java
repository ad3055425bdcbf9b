package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Step 1: the CSV files of new appraisals (added with a file chooser, removed from the list). */
final class FilesPage {

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Parent root;
    private File lastFolder;

    @FXML private ListView<Path> filesList;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Label emptyLabel;
    @FXML private ProgressBar checkProgress;
    @FXML private Label checkStage;

    FilesPage(RetrainWizardViewModel viewModel, RetrainTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.root = Fxml.load(FilesPage.class, "retrain-files.fxml", this, texts.bundle());
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        filesList.setItems(viewModel.files());
        filesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "    (" + item.getParent() + ")");
            }
        });
        emptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.files()));
        SessionRunner work = viewModel.work();
        addButton.disableProperty().bind(work.busyProperty());
        removeButton.disableProperty().bind(work.busyProperty()
                .or(filesList.getSelectionModel().selectedItemProperty().isNull()));
        checkProgress.visibleProperty().bind(work.busyProperty());
        checkProgress.progressProperty().bind(work.progressProperty());
        checkStage.visibleProperty().bind(work.busyProperty());
        checkStage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> work.stageProperty().get() == null ? "" : texts.engine(work.stageProperty().get()),
                work.stageProperty()));
    }

    @FXML
    private void onAdd() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("files.chooser"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(texts.get("files.csv"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("*", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            lastFolder = chosen.get(0).getParentFile();
            viewModel.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void onRemove() {
        Path selected = filesList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.removeFile(selected);
        }
    }
}
