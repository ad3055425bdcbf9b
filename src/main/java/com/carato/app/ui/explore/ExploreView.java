package com.carato.app.ui.explore;

import com.carato.app.ui.common.Dialogs;
import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.common.Fxml;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.io.IOException;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

/**
 * The Explore screen: a filter panel on the left, and tabs with the stones table, the charts, the
 * colour-vs-size view and the model's price grid. Only binds to its {@link ExploreViewModel}.
 */
public final class ExploreView implements Screen {

    private final Subscriptions subscriptions = new Subscriptions();

    private final ExploreViewModel viewModel;
    private final Texts texts;
    private final ExploreCharts charts;
    private final ColourSizePane colourSize;
    private final PriceGridPane priceGrid;
    private final Parent root;

    @FXML private ChoiceBox<Cut> cutFrom;
    @FXML private ChoiceBox<Cut> cutTo;
    @FXML private ChoiceBox<Color> colorFrom;
    @FXML private ChoiceBox<Color> colorTo;
    @FXML private ChoiceBox<Clarity> clarityFrom;
    @FXML private ChoiceBox<Clarity> clarityTo;
    @FXML private TextField caratMin;
    @FXML private TextField caratMax;
    @FXML private TextField priceMin;
    @FXML private TextField priceMax;
    @FXML private Label countLabel;
    @FXML private Label computingLabel;
    @FXML private TableView<PricedStone> stonesTable;
    @FXML private ChoiceBox<Grading> colourBy;
    @FXML private CheckBox logCarat;
    @FXML private CheckBox logPrice;
    @FXML private StackPane scatterHolder;
    @FXML private HBox distributionsHolder;
    @FXML private GridPane perCaratHolder;
    @FXML private StackPane correlationsHolder;
    @FXML private VBox colourSizeHolder;
    @FXML private VBox gridHolder;

    public ExploreView(ExploreViewModel viewModel, Locale locale) {
        this.viewModel = viewModel;
        this.texts = new Texts(locale);
        this.charts = new ExploreCharts(viewModel, texts, subscriptions);
        this.colourSize = new ColourSizePane(texts);
        this.priceGrid = new PriceGridPane(viewModel, texts, this::exportGrid, subscriptions);
        this.root = Fxml.load(ExploreView.class, "explore.fxml", this, texts.bundle());
        root.getStylesheets().add(ExploreView.class.getResource("explore.css").toExternalForm());
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }

    @Override
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        grades(cutFrom, Cut.values(), viewModel.cutFromProperty());
        grades(cutTo, Cut.values(), viewModel.cutToProperty());
        grades(colorFrom, Color.values(), viewModel.colorFromProperty());
        grades(colorTo, Color.values(), viewModel.colorToProperty());
        grades(clarityFrom, Clarity.values(), viewModel.clarityFromProperty());
        grades(clarityTo, Clarity.values(), viewModel.clarityToProperty());
        number(caratMin, viewModel.caratMinProperty(), 2);
        number(caratMax, viewModel.caratMaxProperty(), 2);
        number(priceMin, viewModel.priceMinProperty(), 0);
        number(priceMax, viewModel.priceMaxProperty(), 0);
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("explore.count", viewModel.shownCountProperty().get(),
                        viewModel.totalCountProperty().get()),
                viewModel.shownCountProperty(), viewModel.totalCountProperty()));
        computingLabel.visibleProperty().bind(viewModel.computingProperty());

        StoneTable.configure(stonesTable, viewModel.shownStones(), texts);
        colourBy.getItems().setAll(Grading.values());
        colourBy.setConverter(converter(texts::grading));
        colourBy.valueProperty().bindBidirectional(viewModel.colourByProperty());
        logCarat.selectedProperty().bindBidirectional(viewModel.logCaratProperty());
        logPrice.selectedProperty().bindBidirectional(viewModel.logPriceProperty());

        charts.install(scatterHolder, distributionsHolder, perCaratHolder, correlationsHolder, this::savePng);
        colourSize.install(colourSizeHolder, this::savePng);
        subscriptions.on(viewModel.chartDataProperty(), (obs, old, data) -> colourSize.show(data.colours()));
        colourSize.show(viewModel.chartDataProperty().get().colours());
        priceGrid.install(gridHolder);
    }

    @FXML
    private void reset() {
        viewModel.resetFilters();
    }

    private static <G> void grades(ChoiceBox<G> box, G[] values, ObjectProperty<G> property) {
        box.getItems().setAll(List.of(values));
        box.valueProperty().bindBidirectional(property);
    }

    /** A text field for an optional number in the user's locale; empty or unreadable means no bound. */
    private void number(TextField field, ObjectProperty<Double> property, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.formats().locale());
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(false);
        TextFormatter<Double> formatter = new TextFormatter<>(converter(format));
        field.setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(property);
    }

    private static StringConverter<Double> converter(NumberFormat format) {
        return new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : format.format(value);
            }

            @Override
            public Double fromString(String text) {
                String trimmed = text == null ? "" : text.strip().replace("$", "");
                ParsePosition position = new ParsePosition(0);
                Number parsed = format.parse(trimmed, position);
                return parsed == null || position.getIndex() != trimmed.length() ? null : parsed.doubleValue();
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void savePng(Node chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("explore.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("explore.save.png"), "*.png"));
        chooser.setInitialFileName((chart.getId() == null ? "chart" : chart.getId()) + ".png");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            try {
                ChartImages.savePng(chart, file.toPath());
            } catch (IOException | RuntimeException e) {
                error(texts.get("explore.save.failed"), file + ": " + e.getMessage());
            }
        }
    }

    private void exportGrid() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("explore.grid.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("explore.grid.export.csv"), "*.csv"));
        chooser.setInitialFileName("price-grid.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            try {
                viewModel.exportGrid(file.toPath());
            } catch (IOException | RuntimeException e) {
                error(texts.get("explore.grid.export.failed"), file + ": " + e.getMessage());
            }
        }
    }

    private void error(String title, String message) {
        Dialogs.error(root, title, message);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The plots, for tests. */
    ExploreCharts charts() {
        return charts;
    }
}
