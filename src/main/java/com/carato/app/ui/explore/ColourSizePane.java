package com.carato.app.ui.explore;

import com.carato.domain.Color;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Colour vs size": average price by colour next to the average price of stones of the same size,
 * with the sentence that explains why D looks cheaper than J.
 */
final class ColourSizePane {

    final BarPlot averagePrice;
    final BarPlot bandPrice;
    private final Label numbers = new Label();
    private final TableView<ColourSize> table = new TableView<>();
    private final Texts texts;

    ColourSizePane(Texts texts) {
        this.texts = texts;
        Formats f = texts.formats();
        averagePrice = new BarPlot(texts.get("explore.colour.axis"), texts.get("explore.axis.price"), f::money,
                f::moneyShort, Palette.BAR_ALT);
        averagePrice.setTitle(texts.get("explore.colour.avgPrice"));
        averagePrice.setId("averagePriceByColour");
        bandPrice = new BarPlot(texts.get("explore.colour.axis"), texts.get("explore.axis.price"), f::money,
                f::moneyShort, Palette.BAR);
        bandPrice.setTitle(texts.get("explore.colour.bandPrice"));
        bandPrice.setId("bandPriceByColour");
        table.getColumns().setAll(List.of(
                column("explore.colour.column.color", r -> r.color().label()),
                column("explore.colour.column.stones", r -> f.count(r.stones())),
                column("explore.colour.column.carat", r -> f.carat(r.meanCarat())),
                column("explore.colour.column.price", r -> f.money(r.meanPrice())),
                column("explore.colour.column.perCarat", r -> f.money(r.meanPerCarat())),
                column("explore.colour.column.bandStones", r -> f.count(r.bandStones())),
                column("explore.colour.column.bandPrice", r -> f.money(r.bandMeanPrice()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setId("colourSizeTable");
    }

    void install(VBox holder, java.util.function.Consumer<Node> save) {
        Label explain = new Label(texts.get("explore.colour.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        numbers.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("explain");
        numbers.setWrapText(true);
        numbers.setId("colourNumbers");
        ChartPane left = new ChartPane(averagePrice, texts.get("explore.save"), save);
        ChartPane right = new ChartPane(bandPrice, texts.get("explore.save"), save);
        left.setPrefWidth(10);
        right.setPrefWidth(10);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox charts = new HBox(8, left, right);
        VBox.setVgrow(charts, Priority.ALWAYS);
        table.setPrefHeight(206);
        table.setMinHeight(206);
        holder.getChildren().setAll(explain, numbers, charts, table);
    }

    void show(List<ColourSize> rows) {
        Formats f = texts.formats();
        List<ColourSize> bestFirst = rows.stream().sorted((a, b) -> b.color().compareTo(a.color())).toList();
        table.getItems().setAll(bestFirst);
        double max = rows.stream().mapToDouble(r -> Math.max(r.meanPrice(), Double.isNaN(r.bandMeanPrice())
                ? 0 : r.bandMeanPrice())).max().orElse(0);
        averagePrice.show(rows.stream().map(r -> new BarPlot.Bar(r.color().label(), r.meanPrice(),
                texts.format("explore.perCarat.n", (long) r.stones()))).toList(), max);
        bandPrice.show(rows.stream().map(r -> new BarPlot.Bar(r.color().label(), r.bandMeanPrice(),
                texts.format("explore.perCarat.n", (long) r.bandStones()))).toList(), max);
        Optional<ColourSize> d = rows.stream().filter(r -> r.color() == Color.D).findFirst();
        Optional<ColourSize> j = rows.stream().filter(r -> r.color() == Color.J).findFirst();
        numbers.setText(d.isPresent() && j.isPresent()
                ? texts.format("explore.colour.numbers", f.carat(d.get().meanCarat()), f.carat(j.get().meanCarat()),
                        f.money(d.get().bandMeanPrice()), f.money(j.get().bandMeanPrice()))
                : "");
    }

    private TableColumn<ColourSize, String> column(String key, Function<ColourSize, String> text) {
        TableColumn<ColourSize, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setSortable(false);
        return column;
    }
}
