package com.carato.app.ui.models;

import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Metrics;
import com.carato.service.ModelEvent;
import com.carato.service.ModelSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The models screen: the champion's provenance and figures, its report charts, versions and history. */
public final class ModelsView implements Screen {

    /** One line of the metrics table. */
    record MetricsRow(String label, Metrics metrics, Double coverage) {
    }

    private final ModelsViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final Parent root;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private Label noModel;
    @FXML private GridPane championGrid;
    @FXML private TableView<MetricsRow> metricsTable;
    @FXML private FlowPane chartsPane;
    @FXML private TableView<ModelSummary> versionsTable;
    @FXML private TableView<ModelEvent> historyTable;

    public ModelsView(ModelsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        viewModel.useReportTexts(reportTexts(messages), messages.locale().getLanguage());
        this.formats = new Formats(messages.locale());
        this.root = Fxml.load(ModelsView.class, "models.fxml", this, messages.bundle());
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Detaches this view from its view model (it is being replaced). */
    @Override
    public void dispose() {
        subscriptions.dispose();
    }

    @FXML
    private void initialize() {
        noModel.visibleProperty().bind(viewModel.championProperty().isNull());
        noModel.managedProperty().bind(noModel.visibleProperty());
        metricsTable.getColumns().setAll(List.of(
                col("models.column.stones", r -> r.label()),
                col("models.column.count", r -> formats.integer(r.metrics().count())),
                col("models.column.mae", r -> formats.money(r.metrics().mae())),
                col("models.column.rmse", r -> formats.money(r.metrics().rmse())),
                col("models.column.mape", r -> formats.number(r.metrics().mape(), 2) + " %"),
                col("models.column.r2", r -> formats.number(r.metrics().r2(), 4)),
                col("models.column.mdape", r -> formats.number(r.metrics().medianApe(), 2) + " %"),
                col("models.column.coverage", r -> r.coverage() == null ? "" : formats.percent(r.coverage()))));
        metricsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metricsTable.getColumns().get(0).setMinWidth(250);
        metricsTable.setFixedCellSize(24);
        versionsTable.setItems(viewModel.versions());
        versionsTable.getColumns().setAll(List.of(
                col("models.column.id", ModelSummary::id),
                col("models.column.created", m -> formats.date(m.created())),
                col("models.column.status", m -> messages.getOr("models.status." + m.status().code(), m.statusText())),
                col("models.column.data", m -> messages.dataSource(m.dataSource()) + " (" + formats.integer(m.dataRows()) + ")"),
                col("models.column.mape", m -> m.holdout() == null ? "" : formats.number(m.holdout().mape(), 2) + " %"),
                col("models.column.mae", m -> m.holdout() == null ? "" : formats.money(m.holdout().mae()))));
        versionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        historyTable.setItems(viewModel.history());
        historyTable.getColumns().setAll(List.of(
                col("models.column.time", e -> formats.date(e.time())),
                col("models.column.action", e -> messages.getOr("models.action." + e.action(), e.action())),
                col("models.column.id", ModelEvent::id),
                col("models.column.previous", e -> e.previous() == null ? "" : e.previous()),
                col("models.column.actor", ModelEvent::actor),
                col("models.column.reason", messages::why)));
        // the reason is the longest text: the other columns take what they need, the reason the rest,
        // and a reason too long for its cell is shown whole in the cell's tooltip
        double[] widths = {170, 100, 215, 215, 150};
        for (int i = 0; i < widths.length; i++) {
            historyTable.getColumns().get(i).setPrefWidth(widths[i]);
            historyTable.getColumns().get(i).setMaxWidth(widths[i]);
        }
        @SuppressWarnings("unchecked")
        TableColumn<ModelEvent, String> reason = (TableColumn<ModelEvent, String>) historyTable.getColumns().get(5);
        reason.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        subscriptions.on(viewModel.championProperty(), (obs, old, m) -> show(m));
        subscriptions.onList(viewModel.charts(), (ListChangeListener<Path>) change -> showCharts());
        show(viewModel.championProperty().get());
        showCharts();
    }

    private void show(ModelSummary m) {
        championGrid.getChildren().clear();
        metricsTable.getItems().clear();
        if (m == null) {
            return;
        }
        int row = 0;
        row = fact(row, "models.id", m.id());
        row = fact(row, "models.created", formats.date(m.created()));
        row = fact(row, "models.data", messages.format("models.data.value", messages.dataSource(m.dataSource()),
                formats.integer(m.dataRows()), m.dataSha256()));
        row = fact(row, "models.trees", messages.format("models.trees.value", m.trees(),
                formats.number(m.trainingMillis() / 1000.0, 1)));
        fact(row, "models.method", EvaluationMethodText.render(m.evaluationMethod(), messages));
        List<MetricsRow> rows = new ArrayList<>();
        Map<String, Double> coverage = m.coverage();
        if (m.holdout() != null) {
            rows.add(new MetricsRow(messages.get("models.heldOut"), m.holdout(), coverage.get("all")));
            m.byBand().forEach((band, metrics) -> rows.add(new MetricsRow("   " + band, metrics, coverage.get(band))));
        }
        if (m.crossValidation() != null) {
            rows.add(new MetricsRow(messages.get("models.crossValidation"), m.crossValidation(), null));
        }
        metricsTable.getItems().setAll(rows);
        metricsTable.setPrefHeight(24 * rows.size() + 32);
    }

    private int fact(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("muted");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long wrapped value must not squeeze it
        Label text = new Label(value);
        text.setWrapText(true);
        championGrid.addRow(row, name, text);
        return row + 1;
    }

    private void showCharts() {
        chartsPane.getChildren().clear();
        for (Path png : viewModel.charts()) {
            ImageView view = new ImageView(new Image(png.toUri().toString(), 400, 0, true, true, true));
            view.setPreserveRatio(true);
            view.setFitWidth(400);
            chartsPane.getChildren().add(view);
        }
    }

    private <T> TableColumn<T, String> col(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** The report charts' words in the screen's language. */
    static com.carato.domain.ReportTexts reportTexts(Messages m) {
        return new com.carato.domain.ReportTexts(m.get("report.chart.predicted-vs-actual"), m.get("report.axis.appraised"),
                m.get("report.axis.predicted"), m.get("report.chart.residuals"), m.get("report.axis.carat"),
                m.get("report.axis.error"), m.get("report.chart.error-by-band"), m.get("report.axis.mape"),
                m.get("report.chart.coverage-by-band"), m.get("report.axis.coverage"), m.get("report.chart.importance"),
                m.get("report.axis.dollars"), java.util.List.of(m.get("report.characteristic.carat"),
                m.get("report.characteristic.cut"), m.get("report.characteristic.color"),
                m.get("report.characteristic.clarity"), m.get("report.characteristic.depth"),
                m.get("report.characteristic.table"), m.get("report.characteristic.proportions")));
    }
}
