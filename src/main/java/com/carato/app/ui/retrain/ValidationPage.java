package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.data.ColumnDrift;
import com.carato.data.PriceConflict;
import com.carato.service.FileValidation;
import com.carato.service.RetrainValidation;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Step 2: the validation report (counts per file, problems, rejected rows with export, drift, price conflicts). */
final class ValidationPage {

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Formats formats;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private Label duplicatesLabel;
    @FXML private VBox problemsBox;
    @FXML private Label readyLabel;
    @FXML private TableView<FileValidation> filesTable;
    @FXML private Tab rejectedTab;
    @FXML private Tab conflictsTab;
    @FXML private TableView<RejectedItem> rejectedTable;
    @FXML private Button exportButton;
    @FXML private Label exportedLabel;
    @FXML private TableView<ColumnDrift> driftTable;
    @FXML private TableView<PriceConflict> conflictsTable;

    ValidationPage(RetrainWizardViewModel viewModel, RetrainTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.formats = texts.formats();
        this.root = Fxml.load(ValidationPage.class, "retrain-validation.fxml", this, texts.bundle());
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Tables.columns(filesTable,
                Tables.text(texts.get("validation.file"), f -> Path.of(f.file()).getFileName().toString()),
                Tables.number(texts.get("validation.rows"), f -> f.readable() ? formats.integer(f.report().rows().size()) : ""),
                Tables.number(texts.get("validation.accepted"), f -> f.readable() ? formats.integer(f.report().acceptedCount()) : ""),
                Tables.number(texts.get("validation.rejected"), f -> f.readable() ? formats.integer(f.report().rejectedCount()) : ""),
                Tables.number(texts.get("validation.duplicates.column"), f -> f.readable() ? formats.integer(f.report().duplicateCount()) : ""),
                Tables.number(texts.get("validation.warnings"), f -> f.readable() ? formats.integer(f.report().warningCount()) : ""),
                Tables.text(texts.get("validation.status"), f -> f.readable() ? texts.get("validation.fileOk")
                        : texts.format("validation.fileError", texts.engine(f.error()))));
        rejectedTable.setItems(viewModel.rejected());
        Tables.columns(rejectedTable,
                Tables.text(texts.get("validation.file"), RejectedItem::file),
                Tables.number(texts.get("validation.line"), r -> Integer.toString(r.line())),
                Tables.text(texts.get("validation.field"), r -> texts.field(r.field())),
                Tables.text(texts.get("validation.reason"), r -> texts.engine(r.reason())));
        Tables.widths(filesTable, 300, 70, 80, 80, 90, 80, 200);
        Tables.widths(rejectedTable, 260, 60, 80, 560);
        Tables.columns(driftTable,
                Tables.text(texts.get("validation.column"), ColumnDrift::column),
                Tables.number(texts.get("validation.psi"), c -> formats.number(c.psi(), 3)),
                Tables.text(texts.get("validation.level"), c -> texts.get("validation.level."
                        + c.level().name().toLowerCase(Locale.ROOT))),
                Tables.text(texts.get("validation.detail"), this::driftDetail));
        Tables.widths(driftTable, 90, 70, 90, 700);
        Tables.columns(conflictsTable,
                Tables.text(texts.get("validation.stone"), PriceConflict::stone),
                Tables.text(texts.get("validation.sightings"), this::sightings));
        exportButton.disableProperty().bind(viewModel.work().busyProperty()
                .or(javafx.beans.binding.Bindings.isEmpty(viewModel.rejected())));
        viewModel.exportedProperty().addListener((obs, old, p) ->
                exportedLabel.setText(p == null ? "" : texts.format("validation.exported", p.toString())));
        viewModel.validationProperty().addListener((obs, old, v) -> show(v));
        show(viewModel.validationProperty().get());
    }

    private void show(RetrainValidation v) {
        exportedLabel.setText("");
        problemsBox.getChildren().clear();
        if (v == null) {
            filesTable.getItems().clear();
            driftTable.getItems().clear();
            conflictsTable.getItems().clear();
            return;
        }
        summaryLabel.setText(texts.format("validation.summary", v.championId(), v.currentRows(), v.newStones(),
                v.heldOut(), v.trainingRows()));
        duplicatesLabel.setText(texts.format("validation.duplicates", v.duplicatesRemoved(), v.duplicatesInFiles(),
                v.duplicatesOfExisting(), v.duplicatesAcrossFiles(), v.conflicts().size()));
        boolean ready = v.acceptedRows() > 0 && v.canTrain();
        readyLabel.setVisible(ready);
        readyLabel.setManaged(ready);
        if (!ready) {
            problemsBox.getChildren().add(problem(texts.get("validation.problems")));
            if (v.acceptedRows() == 0) {
                problemsBox.getChildren().add(problem("•  " + texts.get("validation.nothingAccepted")));
            }
            v.problems().forEach(p -> problemsBox.getChildren().add(problem("•  " + texts.engine(p))));
        }
        filesTable.getItems().setAll(v.files());
        driftTable.getItems().setAll(v.drift().columns());
        conflictsTable.getItems().setAll(v.conflicts());
        rejectedTab.setText(texts.format("validation.tab.rejected", v.rejectedRows()));
        conflictsTab.setText(texts.format("validation.tab.conflicts", v.conflicts().size()));
    }

    private static Label problem(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("problems");
        return label;
    }

    private String driftDetail(ColumnDrift c) {
        if (c.numeric()) {
            return texts.format("validation.drift.numeric", n(c.before().mean()), n(c.after().mean()),
                    n(c.before().median()), n(c.after().median()), n(c.before().p10()), n(c.before().p90()),
                    n(c.after().p10()), n(c.after().p90()));
        }
        return c.sharesAfter().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) ->
                        -Math.abs(e.getValue() - c.sharesBefore().getOrDefault(e.getKey(), 0.0))))
                .limit(2)
                .map(e -> e.getKey() + " " + formats.percent(c.sharesBefore().getOrDefault(e.getKey(), 0.0))
                        + " → " + formats.percent(e.getValue()))
                .collect(Collectors.joining(",  "));
    }

    private String n(double v) {
        return Math.abs(v) >= 100 ? formats.integer(Math.round(v)) : formats.number(v, 2);
    }

    private String sightings(PriceConflict c) {
        return c.sightings().stream().map(s -> fileName(s.source()) + " " + s.line() + ": " + formats.money(s.price()))
                .collect(Collectors.joining(";  "));
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (RuntimeException e) {
            return source;
        }
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("validation.export.chooser"));
        chooser.setInitialFileName("rejected-rows.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        if (!viewModel.files().isEmpty() && viewModel.files().get(0).getParent() != null) {
            File folder = viewModel.files().get(0).getParent().toFile();
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            viewModel.exportRejected(target.toPath());
        }
    }
}
