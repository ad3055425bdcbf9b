package com.carato.app.ui.appraise;

import com.carato.app.present.AppraisalPresentation;
import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.ComparableStone;
import com.carato.domain.Cut;
import com.carato.domain.Grade;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The appraisal desk: the form on the left, the explained price on the right. Only binds. */
public final class AppraiseView implements Screen {

    private final AppraiseViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final AppraisalPresentation present;
    private final Parent root;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private TextField caratField;
    @FXML private TextField depthField;
    @FXML private TextField tableField;
    @FXML private TextField xField;
    @FXML private TextField yField;
    @FXML private TextField zField;
    @FXML private TextField clientField;
    @FXML private Label caratError;
    @FXML private Label depthError;
    @FXML private Label tableError;
    @FXML private Label xError;
    @FXML private Label yError;
    @FXML private Label zError;
    @FXML private ComboBox<Cut> cutChoice;
    @FXML private ComboBox<Color> colorChoice;
    @FXML private ComboBox<Clarity> clarityChoice;
    @FXML private Label depthHint;
    @FXML private Label sizeNote;
    @FXML private Button useDepth;
    @FXML private Label statusLabel;
    @FXML private ListView<HistoryEntry> historyList;
    @FXML private Label placeholder;
    @FXML private VBox resultBox;
    @FXML private VBox resultCard;
    @FXML private Label priceLabel;
    @FXML private Label rangeLabel;
    @FXML private Label stoneLabel;
    @FXML private VBox warningsBox;
    @FXML private VBox pathBox;
    @FXML private WaterfallChart waterfall;
    @FXML private TableView<ComparableStone> comparablesTable;
    @FXML private Label modelLabel;

    public AppraiseView(AppraiseViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.present = new AppraisalPresentation(messages);
        this.root = Fxml.load(AppraiseView.class, "appraise.fxml", this, messages.bundle());
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Detaches this view from its view model (it is being replaced). */
    @Override
    public void dispose() {
        subscriptions.dispose();
        caratField.textProperty().unbindBidirectional(viewModel.field("carat").textProperty());
        depthField.textProperty().unbindBidirectional(viewModel.field("depth").textProperty());
        tableField.textProperty().unbindBidirectional(viewModel.field("table").textProperty());
        xField.textProperty().unbindBidirectional(viewModel.field("x").textProperty());
        yField.textProperty().unbindBidirectional(viewModel.field("y").textProperty());
        zField.textProperty().unbindBidirectional(viewModel.field("z").textProperty());
        cutChoice.valueProperty().unbindBidirectional(viewModel.cutProperty());
        colorChoice.valueProperty().unbindBidirectional(viewModel.colorProperty());
        clarityChoice.valueProperty().unbindBidirectional(viewModel.clarityProperty());
        clientField.textProperty().unbindBidirectional(viewModel.clientProperty());
    }

    @FXML
    private void initialize() {
        bind(caratField, caratError, "carat");
        bind(depthField, depthError, "depth");
        bind(tableField, tableError, "table");
        bind(xField, xError, "x");
        bind(yField, yError, "y");
        bind(zField, zError, "z");
        clientField.textProperty().bindBidirectional(viewModel.clientProperty());
        grades(cutChoice, Cut.values(), viewModel.cutProperty());
        grades(colorChoice, Color.values(), viewModel.colorProperty());
        grades(clarityChoice, Clarity.values(), viewModel.clarityProperty());
        depthHint.textProperty().bind(viewModel.depthHintProperty());
        depthHint.styleProperty().bind(javafx.beans.binding.Bindings.when(viewModel.depthDisagreesProperty())
                .then("-fx-text-fill: #b26a00;").otherwise(""));
        useDepth.visibleProperty().bind(viewModel.depthHintProperty().isNotEmpty());
        sizeNote.textProperty().bind(viewModel.sizeNoteProperty());
        sizeNote.visibleProperty().bind(viewModel.sizeNoteProperty().isNotEmpty());
        sizeNote.managedProperty().bind(sizeNote.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());

        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : register(entry.recorded())
                        + present.description(entry.appraisal().diamond()) + " — "
                        + formats.money(entry.appraisal().price()));
            }
        });
        historyList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                viewModel.reopen(entry);
            }
        });
        historyList.setPlaceholder(new Label(messages.get("appraise.history.empty")));

        comparablesTable.getColumns().setAll(comparableColumns());
        comparablesTable.setPlaceholder(new Label(""));
        comparablesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        resultBox.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        resultBox.managedProperty().bind(resultBox.visibleProperty());
        placeholder.visibleProperty().bind(viewModel.resultProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        subscriptions.on(viewModel.resultProperty(), (obs, old, appraisal) -> show(appraisal));
        show(viewModel.resultProperty().get());
    }

    private void bind(TextField text, Label error, String name) {
        FormField field = viewModel.field(name);
        text.textProperty().bindBidirectional(field.textProperty());
        error.textProperty().bind(field.errorProperty());
        subscriptions.on(field.errorProperty(), (obs, old, now) -> {
            text.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                text.getStyleClass().add("invalid");
            }
        });
    }

    private <G extends Enum<G> & Grade> void grades(ComboBox<G> box, G[] worstToBest,
                                                    javafx.beans.property.ObjectProperty<G> property) {
        List<G> bestFirst = new ArrayList<>(Arrays.asList(worstToBest));
        Collections.reverse(bestFirst);
        G best = bestFirst.get(0);
        box.getItems().setAll(bestFirst);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(G grade) {
                return grade == null ? "" : grade == best ? messages.format("appraise.best", grade.label()) : grade.label();
            }

            @Override
            public G fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
    }

    private void show(Appraisal a) {
        if (a == null) {
            return;
        }
        priceLabel.setText(present.price(a));
        rangeLabel.setText(present.range(a));
        stoneLabel.setText(present.description(a.diamond()));
        warningsBox.getChildren().clear();
        for (String text : present.warnings(a)) {
            Label label = new Label("⚠ " + text);
            label.setWrapText(true);
            label.getStyleClass().add("warning");
            warningsBox.getChildren().add(label);
        }
        pathBox.getChildren().clear();
        int n = 1;
        for (String step : present.pathSteps(a)) {
            Label label = new Label(n++ + ". " + step);
            label.getStyleClass().add("path-step");
            pathBox.getChildren().add(label);
        }
        present.pathLeaf(a).ifPresent(text -> {
            Label leaf = new Label("→ " + text);
            leaf.setWrapText(true);
            leaf.getStyleClass().add("path-leaf");
            pathBox.getChildren().add(leaf);
        });
        List<WaterfallChart.Step> steps = new ArrayList<>();
        for (AppraisalPresentation.WaterfallRow row : present.waterfall(a)) {
            steps.add(new WaterfallChart.Step(row.label(), row.value(), row.dollars(), row.total()));
        }
        waterfall.setSteps(steps, formats);
        comparablesTable.getItems().setAll(a.comparables());
        modelLabel.setText(present.model(a));
    }

    private List<TableColumn<ComparableStone, ?>> comparableColumns() {
        List<TableColumn<ComparableStone, ?>> columns = new ArrayList<>();
        List<String> headers = present.comparableHeaders();
        for (int i = 0; i < headers.size(); i++) {
            int cell = i;
            columns.add(column(headers.get(i), c -> present.comparable(c).cells().get(cell)));
        }
        return columns;
    }

    private TableColumn<ComparableStone, String> column(String header,
                                                        java.util.function.Function<ComparableStone, String> value) {
        TableColumn<ComparableStone, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    @FXML
    private void appraise() {
        viewModel.appraise();
    }

    @FXML
    private void useSuggestedDepth() {
        viewModel.useSuggestedDepth();
    }

    @FXML
    private void saveSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("appraise.sheet.save"));
        chooser.setInitialFileName(messages.get("appraise.sheet.file") + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.saveSheet(file.toPath());
        }
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    /** "no. 123 · " for an entry the register has numbered, "waiting to be sent · " for one in the outbox. */
    private String register(Recorded recorded) {
        if (recorded == null || recorded.receipt().isEmpty()) {
            return "";
        }
        var receipt = recorded.receipt().get();
        return (receipt.pending() ? messages.get("appraise.history.waiting")
                : messages.format("appraise.history.number", receipt.number().getAsLong())) + " · ";
    }
}
