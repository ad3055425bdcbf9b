package com.carato.app.ui.appraise;

import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.ComparableStone;
import com.carato.domain.Contribution;
import com.carato.domain.Cut;
import com.carato.domain.DecisionPath;
import com.carato.domain.Diamond;
import com.carato.domain.Grade;
import com.carato.domain.PathStep;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
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
import java.util.MissingResourceException;

/** The appraisal desk: the form on the left, the explained price on the right. Only binds. */
public final class AppraiseView implements Screen {

    private final AppraiseViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final Parent root;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private TextField caratField;
    @FXML private TextField depthField;
    @FXML private TextField tableField;
    @FXML private TextField xField;
    @FXML private TextField yField;
    @FXML private TextField zField;
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
    }

    @FXML
    private void initialize() {
        bind(caratField, caratError, "carat");
        bind(depthField, depthError, "depth");
        bind(tableField, tableError, "table");
        bind(xField, xError, "x");
        bind(yField, yError, "y");
        bind(zField, zError, "z");
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
                setText(empty || entry == null ? null : describe(entry.appraisal().diamond()) + " — "
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
        priceLabel.setText(formats.money(a.price()));
        rangeLabel.setText(messages.format("appraise.range", formats.money(a.range().low()),
                formats.money(a.range().high()), Math.round(a.range().coverage() * 100)));
        stoneLabel.setText(describe(a.diamond()));
        warningsBox.getChildren().clear();
        for (AppraisalWarning w : a.warnings()) {
            Label label = new Label("⚠ " + warning(w));
            label.setWrapText(true);
            label.getStyleClass().add("warning");
            warningsBox.getChildren().add(label);
        }
        pathBox.getChildren().clear();
        DecisionPath path = a.path();
        if (path != null) {
            int n = 1;
            for (PathStep step : path.steps()) {
                Label label = new Label(n++ + ". " + PathTexts.of(step, messages));
                label.getStyleClass().add("path-step");
                pathBox.getChildren().add(label);
            }
            Label leaf = new Label("→ " + messages.format("appraise.path.leaf", path.leafSize(),
                    formats.money(path.leafLow()), formats.money(path.leafHigh()), formats.money(path.leafPrice())));
            leaf.setWrapText(true);
            leaf.getStyleClass().add("path-leaf");
            pathBox.getChildren().add(leaf);
        }
        List<WaterfallChart.Step> steps = new ArrayList<>();
        steps.add(new WaterfallChart.Step(messages.get("appraise.baseline"), "", a.baseline(), true));
        for (Contribution c : a.contributions()) {
            steps.add(new WaterfallChart.Step(messages.get("field." + c.characteristic()),
                    valueOf(a.diamond(), c.characteristic()), c.dollars(), false));
        }
        steps.add(new WaterfallChart.Step(messages.get("appraise.thisStone"), "", a.price(), true));
        waterfall.setSteps(a.explained() ? steps : List.of(), formats);
        comparablesTable.getItems().setAll(a.comparables());
        modelLabel.setText(messages.format("appraise.model", a.model().id(), formats.date(a.model().created())));
    }

    /** The stone's value of a characteristic, in the user's notation. */
    private String valueOf(Diamond d, String characteristic) {
        return switch (characteristic) {
            case "carat" -> formats.number(d.carat(), 2) + " ct";
            case "cut" -> d.cut().label();
            case "color" -> d.color().label();
            case "clarity" -> d.clarity().label();
            case "depth" -> formats.number(d.depth(), 1) + " %";
            case "table" -> formats.number(d.table(), 1) + " %";
            default -> formats.number(d.x(), 2) + " \u00d7 " + formats.number(d.y(), 2) + " \u00d7 "
                    + formats.number(d.z(), 2) + " mm";
        };
    }

    private String warning(AppraisalWarning w) {
        try {
            return messages.format("warning." + w.code(), w.args().toArray());
        } catch (MissingResourceException e) {
            return w.message();
        }
    }

    private String describe(Diamond d) {
        return messages.format("appraise.describe", formats.number(d.carat(), 2), d.cut().label(), d.color().label(),
                d.clarity().label());
    }

    private List<TableColumn<ComparableStone, ?>> comparableColumns() {
        List<TableColumn<ComparableStone, ?>> columns = new ArrayList<>();
        columns.add(column("field.carat", c -> formats.number(c.stone().diamond().carat(), 2)));
        columns.add(column("field.cut", c -> c.stone().diamond().cut().label()));
        columns.add(column("field.color", c -> c.stone().diamond().color().label()));
        columns.add(column("field.clarity", c -> c.stone().diamond().clarity().label()));
        columns.add(column("field.depth", c -> formats.number(c.stone().diamond().depth(), 1)));
        columns.add(column("field.table", c -> formats.number(c.stone().diamond().table(), 1)));
        columns.add(column("appraise.comparables.price", c -> formats.money(c.stone().price())));
        return columns;
    }

    private TableColumn<ComparableStone, String> column(String key,
                                                        java.util.function.Function<ComparableStone, String> value) {
        TableColumn<ComparableStone, String> column = new TableColumn<>(messages.get(key));
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
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            statusLabel.textProperty().unbind();
            statusLabel.setText(messages.get("appraise.print.none"));
            statusLabel.textProperty().bind(viewModel.statusProperty());
            return;
        }
        if (job.showPrintDialog(root.getScene().getWindow()) && job.printPage(resultCard)) {
            job.endJob();
        }
    }
}
