package com.carato.app.ui.register;

import com.carato.app.present.AppraisalPresentation;
import com.carato.app.ui.appraise.WaterfallChart;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.Subscriptions;
import com.carato.domain.Appraisal;
import com.carato.register.RegisterEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One register entry in its own window: the appraisal exactly as it was given (price, range,
 * warnings, decision path, contributions, comparable stones, model), who gave it when and where,
 * its void; reprint its sheet, appraise it again with today's model, void it. Only binds.
 */
public final class RegisterEntryWindow {

    private final EntryViewModel viewModel;
    private final Messages messages;
    private final RegisterTexts texts;
    private final Stage stage;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private Label titleLabel;
    @FXML private Label whoLabel;
    @FXML private Label voidLabel;
    @FXML private Label priceLabel;
    @FXML private Label rangeLabel;
    @FXML private Label stoneLabel;
    @FXML private Label measurementsLabel;
    @FXML private VBox warningsBox;
    @FXML private VBox pathBox;
    @FXML private WaterfallChart waterfall;
    @FXML private TableView<AppraisalPresentation.ComparableRow> comparablesTable;
    @FXML private Label modelLabel;
    @FXML private VBox compareBox;
    @FXML private GridPane compareGrid;
    @FXML private Label refusalLabel;
    @FXML private Button reprintButton;
    @FXML private Button againButton;
    @FXML private TextField voidReason;
    @FXML private Button voidButton;
    @FXML private Label statusLabel;

    /**
     * @param owner the window it belongs to, or null
     */
    public RegisterEntryWindow(EntryViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new RegisterTexts(messages);
        this.stage = new Stage();
        Parent root = Fxml.load(RegisterEntryWindow.class, "register-entry.fxml", this, messages.bundle());
        Scene scene = new Scene(root, 1000, 760);
        scene.getStylesheets().add(RegisterEntryWindow.class.getResource("/com/carato/app/carato.css").toExternalForm());
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(event -> subscriptions.dispose());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    @FXML
    private void initialize() {
        List<String> headers = texts.present().comparableHeaders();
        comparablesTable.getColumns().setAll(IntStream.range(0, headers.size()).mapToObj(i -> {
            TableColumn<AppraisalPresentation.ComparableRow, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(i)));
            return column;
        }).toList());
        comparablesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        comparablesTable.setPlaceholder(new Label(""));

        subscriptions.on(viewModel.entryProperty(), (obs, old, now) -> showEntry(now));
        showEntry(viewModel.entryProperty().get());
        subscriptions.on(viewModel.reappraisalProperty(), (obs, old, now) -> showComparison(now));
        showComparison(viewModel.reappraisalProperty().get());
        subscriptions.on(viewModel.noticeProperty(), (obs, old, now) -> RegisterView.say(statusLabel, texts, now));
        RegisterView.say(statusLabel, texts, viewModel.noticeProperty().get());
        refusalLabel.visibleProperty().bind(refusalLabel.textProperty().isNotEmpty());
        refusalLabel.managedProperty().bind(refusalLabel.visibleProperty());
        reprintButton.disableProperty().bind(viewModel.busyProperty());
        againButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void showEntry(RegisterEntry entry) {
        stage.setTitle(messages.format("register.entry.window", entry.number()));
        titleLabel.setText(texts.title(entry));
        whoLabel.setText(texts.who(entry));
        voidLabel.setText(texts.voiding(entry));
        shown(voidLabel, entry.voided());
        voidReason.setDisable(entry.voided());
        voidButton.disableProperty().unbind();
        voidButton.disableProperty().bind(viewModel.busyProperty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(entry::voided)));

        AppraisalPresentation present = texts.present();
        Appraisal a = entry.appraisal();
        priceLabel.setText(present.price(a));
        rangeLabel.setText(present.range(a));
        stoneLabel.setText(present.description(a.diamond()));
        measurementsLabel.setText(present.measurements(a.diamond()));
        warningsBox.getChildren().setAll(present.warnings(a).stream().map(text -> styled("⚠ " + text, "warning")).toList());
        List<String> steps = present.pathSteps(a);
        pathBox.getChildren().setAll(IntStream.range(0, steps.size())
                .mapToObj(i -> styled((i + 1) + ". " + steps.get(i), "path-step")).toList());
        present.pathLeaf(a).ifPresent(leaf -> pathBox.getChildren().add(styled("→ " + leaf, "path-leaf")));
        waterfall.setSteps(present.waterfall(a).stream()
                .map(row -> new WaterfallChart.Step(row.label(), row.value(), row.dollars(), row.total())).toList(),
                texts.formats());
        comparablesTable.getItems().setAll(present.comparables(a));
        modelLabel.setText(present.model(a));
    }

    private static Label styled(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static void shown(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showComparison(Reappraisal r) {
        shown(compareBox, r != null);
        compareGrid.getChildren().clear();
        refusalLabel.setText("");
        if (r == null) {
            return;
        }
        AppraisalPresentation present = texts.present();
        header(0, "");
        header(1, messages.get("register.compare.then"));
        header(2, messages.get("register.compare.now"));
        header(3, messages.get("register.compare.difference"));
        boolean priced = !r.isRefused();
        row(1, "register.compare.price", present.price(r.then()), priced ? present.price(r.now()) : "–",
                priced ? texts.difference(r) : "");
        row(2, "register.compare.range", texts.range(r.then()), priced ? texts.range(r.now()) : "–", "");
        row(3, "register.compare.model", r.then().model().id(), priced ? r.now().model().id() : "–", "");
        if (!priced) {
            refusalLabel.setText(messages.format("register.compare.refused", texts.refusal(r)));
        }
    }

    private void header(int column, String text) {
        compareGrid.add(styled(text, "section-title"), column, 0);
    }

    private void row(int row, String key, String then, String now, String difference) {
        compareGrid.add(new Label(messages.get(key)), 0, row);
        Label nowLabel = new Label(now);
        nowLabel.setId("entryCompareNow" + row);
        compareGrid.addRow(row, new Label(then), nowLabel, new Label(difference));
    }

    @FXML
    private void reprint() {
        SaveDialog.ask(stage, messages.get("register.entry.reprint"),
                messages.format("register.entry.sheetFile", viewModel.entryProperty().get().number()), "pdf")
                .ifPresent(viewModel::reprint);
    }

    @FXML
    private void appraiseAgain() {
        viewModel.appraiseAgain();
    }

    @FXML
    private void voidEntry() {
        viewModel.voidEntry(voidReason.getText());
    }

    @FXML
    private void close() {
        stage.close();
    }
}
