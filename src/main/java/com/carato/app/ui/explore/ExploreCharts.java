package com.carato.app.ui.explore;

import com.carato.app.ui.common.Subscriptions;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import java.util.function.Consumer;

/** Builds the chart tabs' plots, puts them in their places and redraws them when the data changes. */
final class ExploreCharts {

    final ScatterPlot scatter;
    final HistogramPlot priceHistogram;
    final HistogramPlot caratHistogram;
    final BoxPlot byCut;
    final BoxPlot byColor;
    final BoxPlot byClarity;
    final HeatmapPlot correlations;

    private final ExploreViewModel viewModel;
    private final Texts texts;
    private final Subscriptions subscriptions;

    ExploreCharts(ExploreViewModel viewModel, Texts texts, Subscriptions subscriptions) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.subscriptions = subscriptions;
        Formats f = texts.formats();
        scatter = new ScatterPlot(f, texts.get("explore.axis.carat"), texts.get("explore.axis.price"), texts::grading);
        scatter.setTitle(texts.get("explore.scatter.title"));
        scatter.setId("scatterPlot");
        priceHistogram = new HistogramPlot(texts.get("explore.axis.price"), texts.get("explore.axis.stones"),
                f::moneyShort, v -> f.count(Math.round(v)));
        priceHistogram.setTitle(texts.get("explore.hist.price"));
        priceHistogram.setId("priceHistogram");
        caratHistogram = new HistogramPlot(texts.get("explore.axis.carat"), texts.get("explore.axis.stones"),
                v -> f.decimal(v, 1), v -> f.count(Math.round(v)));
        caratHistogram.setTitle(texts.get("explore.hist.carat"));
        caratHistogram.setId("caratHistogram");
        byCut = boxPlot("explore.perCarat.cut", "perCaratByCut");
        byColor = boxPlot("explore.perCarat.color", "perCaratByColor");
        byClarity = boxPlot("explore.perCarat.clarity", "perCaratByClarity");
        correlations = new HeatmapPlot(v -> Double.isNaN(v) ? "–" : f.decimal(v, 2), texts.get("explore.corr.legend"));
        correlations.setTitle(texts.get("explore.corr.title"));
        correlations.setId("correlationHeatmap");
    }

    private BoxPlot boxPlot(String titleKey, String id) {
        Formats f = texts.formats();
        BoxPlot plot = new BoxPlot(texts.get("explore.axis.perCarat"), f::moneyShort,
                n -> texts.format("explore.perCarat.n", (long) n));
        plot.setTitle(texts.get(titleKey));
        plot.setId(id);
        return plot;
    }

    /** Puts each plot, with its save button, in its holder and keeps them in step with the view model. */
    void install(Pane scatterHolder, HBox distributions, GridPane perCarat, Pane correlationsHolder,
                 Consumer<Node> save) {
        String saveText = texts.get("explore.save");
        scatterHolder.getChildren().setAll(new ChartPane(scatter, saveText, save));
        ChartPane price = new ChartPane(priceHistogram, saveText, save);
        ChartPane carat = new ChartPane(caratHistogram, saveText, save);
        HBox.setHgrow(price, Priority.ALWAYS);
        HBox.setHgrow(carat, Priority.ALWAYS);
        distributions.getChildren().setAll(price, carat);
        price.setPrefWidth(10);
        carat.setPrefWidth(10);

        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(50);
        perCarat.getColumnConstraints().setAll(half, half);
        perCarat.getRowConstraints().setAll(row, row);
        perCarat.add(new ChartPane(byCut, saveText, save), 0, 0);
        perCarat.add(new ChartPane(byColor, saveText, save), 1, 0);
        perCarat.add(new ChartPane(byClarity, saveText, save), 0, 1, 2, 1);
        correlationsHolder.getChildren().setAll(new ChartPane(correlations, saveText, save));

        subscriptions.on(viewModel.chartDataProperty(), (obs, old, data) -> showData(data));
        subscriptions.on(viewModel.colourByProperty(), (javafx.beans.InvalidationListener) o -> showScatter());
        subscriptions.on(viewModel.logCaratProperty(), (javafx.beans.InvalidationListener) o -> showScatter());
        subscriptions.on(viewModel.logPriceProperty(), (javafx.beans.InvalidationListener) o -> showScatter());
        showData(viewModel.chartDataProperty().get());
    }

    private void showData(ChartData data) {
        showScatter();
        priceHistogram.show(data.price());
        caratHistogram.show(data.carat());
        byCut.show(texts.grading(Grading.CUT), data.perCaratBoxes().get(Grading.CUT));
        byColor.show(texts.grading(Grading.COLOR), data.perCaratBoxes().get(Grading.COLOR));
        byClarity.show(texts.grading(Grading.CLARITY), data.perCaratBoxes().get(Grading.CLARITY));
        correlations.show(ChartData.NUMERIC_COLUMNS, data.correlations());
    }

    private void showScatter() {
        scatter.show(viewModel.chartDataProperty().get().stones(), viewModel.colourByProperty().get(),
                viewModel.logCaratProperty().get(), viewModel.logPriceProperty().get());
    }
}
