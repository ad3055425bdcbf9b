package com.carato.app.ui.retrain;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Fxml;
import com.carato.service.BandComparison;
import com.carato.service.Comparison;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Step 4: champion and challenger on the same held-out stones, overall and by carat band, and the rule's verdict. */
final class ComparisonPage {

    /** One figure of the side-by-side table. */
    record FigureRow(String label, String champion, String challenger, String change) {
    }

    private final RetrainWizardViewModel viewModel;
    private final RetrainTexts texts;
    private final Formats formats;
    private final Parent root;

    @FXML private Label heldOutLabel;
    @FXML private TableView<FigureRow> figuresTable;
    @FXML private TableView<BandComparison> bandsTable;
    @FXML private BarChart<String, Number> bandChart;
    @FXML private Label verdictLabel;
    @FXML private VBox reasonsBox;

    ComparisonPage(RetrainWizardViewModel viewModel, RetrainTexts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.formats = texts.formats();
        this.root = Fxml.load(ComparisonPage.class, "retrain-comparison.fxml", this, texts.bundle());
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Tables.columns(figuresTable,
                Tables.text(texts.get("comparison.metric"), FigureRow::label),
                Tables.number(texts.get("comparison.champion"), FigureRow::champion),
                Tables.number(texts.get("comparison.challenger"), FigureRow::challenger),
                Tables.number(texts.get("comparison.change"), FigureRow::change));
        Tables.columns(bandsTable,
                Tables.text(texts.get("comparison.band"), BandComparison::band),
                Tables.number(texts.get("comparison.stones"), b -> formats.integer(b.champion().count())),
                Tables.number(texts.get("comparison.championMape"), b -> texts.points(b.champion().mape())),
                Tables.number(texts.get("comparison.challengerMape"), b -> texts.points(b.challenger().mape())),
                Tables.number(texts.get("comparison.change"), b -> texts.change(b.mapeChange())),
                Tables.number(texts.get("comparison.championMae"), b -> formats.money(b.champion().mae())),
                Tables.number(texts.get("comparison.challengerMae"), b -> formats.money(b.challenger().mae())));
        Tables.widths(figuresTable, 190, 110, 110, 110);
        Tables.widths(bandsTable, 80, 60, 80, 70, 70, 85, 75);
        bandChart.setTitle(texts.get("comparison.chart"));
        bandChart.setAnimated(false);
        viewModel.comparisonProperty().addListener((obs, old, c) -> show(c));
        show(viewModel.comparisonProperty().get());
    }

    private void show(Comparison c) {
        bandChart.getData().clear();
        reasonsBox.getChildren().clear();
        if (c == null) {
            figuresTable.getItems().clear();
            bandsTable.getItems().clear();
            return;
        }
        heldOutLabel.setText(texts.format("comparison.heldOut", c.heldOut()));
        var a = c.champion();
        var b = c.challengerMetrics();
        figuresTable.getItems().setAll(List.of(
                new FigureRow(texts.get("comparison.mae"), formats.money(a.mae()), formats.money(b.mae()),
                        signedMoney(b.mae() - a.mae())),
                new FigureRow(texts.get("comparison.mape"), texts.points(a.mape()), texts.points(b.mape()),
                        texts.change(b.mape() - a.mape())),
                new FigureRow(texts.get("comparison.r2"), formats.number(a.r2(), 3), formats.number(b.r2(), 3),
                        texts.change(b.r2() - a.r2())),
                new FigureRow(texts.get("comparison.coverage"), formats.percent(c.championCoverage()),
                        formats.percent(c.challengerCoverage()),
                        texts.change((c.challengerCoverage() - c.championCoverage()) * 100))));
        bandsTable.getItems().setAll(c.bands());
        bandChart.getData().add(series(texts.get("comparison.champion"), c.bands(), x -> x.champion().mape()));
        bandChart.getData().add(series(texts.get("comparison.challenger"), c.bands(), x -> x.challenger().mape()));
        verdictLabel.setText(texts.get(c.verdict().promote() ? "comparison.verdict.promote" : "comparison.verdict.keep"));
        c.verdict().reasons().forEach(r -> {
            Label reason = new Label("•  " + texts.engine(r));
            reason.setWrapText(true);
            reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            reason.getStyleClass().add("muted");
            reasonsBox.getChildren().add(reason);
        });
    }

    private String signedMoney(double dollars) {
        return Double.isFinite(dollars) ? formats.signedMoney(dollars) : "–";
    }

    private static XYChart.Series<String, Number> series(String name, List<BandComparison> bands,
                                                         ToDoubleFunction<BandComparison> mape) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (BandComparison band : bands) {
            series.getData().add(new XYChart.Data<>(band.band(), mape.applyAsDouble(band)));
        }
        return series;
    }
}
