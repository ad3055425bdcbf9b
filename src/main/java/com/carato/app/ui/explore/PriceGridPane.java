package com.carato.app.ui.explore;

import com.carato.app.ui.common.Subscriptions;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.util.List;

/** The price grid tab: band and cut choices, the shaded colour × clarity grid, and CSV export. */
final class PriceGridPane {

    private final Subscriptions subscriptions;

    final GridPane grid = new GridPane();
    final Label status = new Label();
    final Button export;
    private final Label title = new Label();
    private final Label note = new Label();
    private final ExploreViewModel viewModel;
    private final Texts texts;

    PriceGridPane(ExploreViewModel viewModel, Texts texts, Runnable onExport, Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.viewModel = viewModel;
        this.texts = texts;
        export = new Button(texts.get("explore.grid.export"));
        export.setId("exportGrid");
        export.setOnAction(e -> onExport.run());
        grid.setId("priceGrid");
        grid.getStyleClass().add("price-grid");
        status.setId("gridStatus");
        status.setWrapText(true);
        title.getStyleClass().add("section-title");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("muted");
    }

    void install(VBox holder) {
        ChoiceBox<GridBand> band = new ChoiceBox<>();
        band.setId("gridBand");
        band.getItems().setAll(GridBand.values());
        band.valueProperty().bindBidirectional(viewModel.gridBandProperty());
        ChoiceBox<Cut> cut = new ChoiceBox<>();
        cut.setId("gridCut");
        cut.getItems().setAll(List.of(Cut.IDEAL, Cut.PREMIUM, Cut.VERY_GOOD, Cut.GOOD, Cut.FAIR));
        cut.valueProperty().bindBidirectional(viewModel.gridCutProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(10, new Label(texts.get("explore.grid.band")), band,
                new Label(texts.get("explore.grid.cut")), cut, spacer, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(grid, Priority.ALWAYS);
        holder.getChildren().setAll(controls, title, status, grid, note);
        subscriptions.on(viewModel.priceGridProperty(), (javafx.beans.InvalidationListener) o -> refresh());
        subscriptions.on(viewModel.gridStateProperty(), (javafx.beans.InvalidationListener) o -> refresh());
        refresh();
    }

    private void refresh() {
        ExploreViewModel.GridState state = viewModel.gridStateProperty().get();
        PriceGrid priceGrid = viewModel.priceGridProperty().get();
        export.setDisable(priceGrid == null);
        status.setText(switch (state) {
            case NO_MODEL -> texts.get("explore.grid.noModel");
            case COMPUTING -> texts.get("explore.grid.computing");
            case READY -> "";
        });
        status.setVisible(state != ExploreViewModel.GridState.READY);
        status.setManaged(state != ExploreViewModel.GridState.READY);
        boolean show = priceGrid != null;
        for (var node : List.of(grid, title, note)) {
            node.setVisible(show);
            node.setManaged(show);
        }
        if (show) {
            fill(priceGrid);
        }
    }

    private void fill(PriceGrid priceGrid) {
        Formats f = texts.formats();
        title.setText(texts.format("explore.grid.title", priceGrid.band().label(), priceGrid.cut().label()));
        note.setText(texts.format("explore.grid.note", f.decimal(priceGrid.carat(), 3) + " ct",
                f.decimal(priceGrid.stone().depth(), 1) + " %", f.decimal(priceGrid.stone().table(), 1) + " %",
                f.decimal(priceGrid.stone().diameter(priceGrid.carat()), 2)));
        grid.getChildren().clear();
        ColumnConstraints head = new ColumnConstraints(70);
        ColumnConstraints cell = new ColumnConstraints(60, 90, Double.MAX_VALUE);
        cell.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(head);
        RowConstraints row = new RowConstraints(36, 52, Double.MAX_VALUE);
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(new RowConstraints(28));
        grid.add(header(texts.get("explore.grid.corner")), 0, 0);
        for (int c = 0; c < PriceGrid.COLUMNS.size(); c++) {
            grid.getColumnConstraints().add(cell);
            grid.add(header(PriceGrid.COLUMNS.get(c).label()), c + 1, 0);
        }
        double low = Math.log(Math.max(1, priceGrid.min()));
        double high = Math.log(Math.max(1, priceGrid.max()));
        for (int r = 0; r < PriceGrid.ROWS.size(); r++) {
            Color color = PriceGrid.ROWS.get(r);
            grid.getRowConstraints().add(row);
            grid.add(header(color.label()), 0, r + 1);
            for (int c = 0; c < PriceGrid.COLUMNS.size(); c++) {
                Clarity clarity = PriceGrid.COLUMNS.get(c);
                double value = priceGrid.pricePerCarat(color, clarity);
                double t = high > low ? (Math.log(Math.max(1, value)) - low) / (high - low) : 0.5;
                grid.add(cell(f.money(value), texts.format("explore.grid.count", priceGrid.count(color, clarity)), Palette.heat(t)), c + 1, r + 1);
            }
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("grid-header");
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static VBox cell(String price, String count, javafx.scene.paint.Color fill) {
        Label priceLabel = new Label(price);
        priceLabel.getStyleClass().add("grid-price");
        Label countLabel = new Label(count);
        countLabel.getStyleClass().add("grid-count");
        String text = Palette.css(Palette.textOn(fill));
        priceLabel.setStyle("-fx-text-fill: " + text + ";");
        countLabel.setStyle("-fx-text-fill: " + text + "; -fx-opacity: 0.8;");
        VBox box = new VBox(1, priceLabel, countLabel);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("grid-cell");
        box.setStyle("-fx-background-color: " + Palette.css(fill) + ";");
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }
}
