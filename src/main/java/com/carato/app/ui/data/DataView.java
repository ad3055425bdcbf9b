package com.carato.app.ui.data;

import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.data.ImportReport;
import com.carato.domain.Diamond;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** The data screen: the loaded file in a table, its validation summary and its problem rows. Only binds. */
public final class DataView implements Screen {

    private final DataViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML
    private Label sourceLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private ChoiceBox<DataViewModel.Show> showChoice;
    @FXML
    private TableView<RowItem> rowsTable;
    @FXML
    private TableView<RowItem> problemsTable;

    public DataView(DataViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = Fxml.load(DataView.class, "data.fxml", this, messages.bundle());
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
        sourceLabel.textProperty().bind(viewModel.sourceProperty());
        subscriptions.on(viewModel.reportProperty(), (obs, old, report) -> summaryLabel.setText(summary(report)));
        subscriptions.on(viewModel.loadingProperty(), (obs, was, loading) -> {
            if (loading) {
                summaryLabel.setText(messages.get("data.loading"));
            }
        });
        showChoice.getItems().setAll(DataViewModel.Show.values());
        showChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataViewModel.Show show) {
                return show == null ? "" : messages.get("data.show." + show.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public DataViewModel.Show fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        showChoice.setValue(viewModel.showProperty().get());
        showChoice.valueProperty().addListener((obs, old, show) -> viewModel.setShow(show));

        rowsTable.getColumns().setAll(columns(true));
        rowsTable.setItems(viewModel.shownRows());
        rowsTable.setRowFactory(table -> new StatusRow());
        rowsTable.setPlaceholder(new Label(messages.get("data.empty")));

        List<TableColumn<RowItem, ?>> problemColumns = new ArrayList<>();
        problemColumns.add(lineColumn());
        problemColumns.add(statusColumn());
        TableColumn<RowItem, String> reasons = new TableColumn<>(messages.get("data.column.reasons"));
        reasons.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.engine(c.getValue().said())));
        reasons.setPrefWidth(900);
        problemColumns.add(reasons);
        problemsTable.getColumns().setAll(problemColumns);
        problemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problemsTable.setItems(viewModel.problemRows());
        problemsTable.setRowFactory(table -> new StatusRow());
        problemsTable.setPlaceholder(new Label(messages.get("data.noProblems")));
    }

    private String summary(ImportReport report) {
        if (report == null) {
            return "";
        }
        return messages.format("data.summary", report.rows().size(), report.acceptedCount(),
                report.rejectedCount(), report.duplicateCount(), report.warningCount());
    }

    private List<TableColumn<RowItem, ?>> columns(boolean withReasons) {
        List<TableColumn<RowItem, ?>> columns = new ArrayList<>();
        columns.add(lineColumn());
        columns.add(statusColumn());
        List<String> names = new ArrayList<>(Diamond.FIELDS);
        names.add("price");
        for (String name : names) {
            TableColumn<RowItem, String> column = new TableColumn<>(messages.get("field." + name));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value(name)));
            column.setPrefWidth(switch (name) {
                case "cut" -> 90;
                case "x", "y", "z" -> 120;
                case "depth", "table", "price" -> 80;
                default -> 70;
            });
            column.setStyle(name.equals("cut") || name.equals("color") || name.equals("clarity")
                    ? "" : "-fx-alignment: CENTER-RIGHT;");
            columns.add(column);
        }
        if (withReasons) {
            TableColumn<RowItem, String> reasons = new TableColumn<>(messages.get("data.column.reasons"));
            reasons.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.engine(c.getValue().said())));
            reasons.setPrefWidth(420);
            columns.add(reasons);
        }
        return columns;
    }

    private TableColumn<RowItem, Integer> lineColumn() {
        TableColumn<RowItem, Integer> line = new TableColumn<>(messages.get("data.column.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(60);
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        return line;
    }

    private TableColumn<RowItem, String> statusColumn() {
        TableColumn<RowItem, String> status = new TableColumn<>(messages.get("data.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get("data.status." + c.getValue().status().name().toLowerCase(java.util.Locale.ROOT))));
        status.setPrefWidth(90);
        return status;
    }

    /** Colours a row by its status (styles in carato.css). */
    private static final class StatusRow extends TableRow<RowItem> {
        @Override
        protected void updateItem(RowItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("row-rejected", "row-flagged");
            if (!empty && item != null && item.status() != RowItem.Status.ACCEPTED) {
                getStyleClass().add(item.status() == RowItem.Status.REJECTED ? "row-rejected" : "row-flagged");
            }
        }
    }
}
