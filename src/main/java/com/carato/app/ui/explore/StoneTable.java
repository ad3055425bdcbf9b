package com.carato.app.ui.explore;

import com.carato.domain.Grade;
import com.carato.domain.PricedStone;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Comparator;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The columns of the stones table: numbers right-aligned and formatted, grades sorted in grade order. */
final class StoneTable {

    private StoneTable() {
    }

    static void configure(TableView<PricedStone> table, ObservableList<PricedStone> stones, Texts texts) {
        Formats f = texts.formats();
        table.getColumns().setAll(java.util.List.of(
                number(texts.get("explore.column.carat"), s -> s.diamond().carat(), v -> f.decimal(v, 2), 70),
                grade(texts.get("explore.column.cut"), s -> s.diamond().cut(), 90),
                grade(texts.get("explore.column.color"), s -> s.diamond().color(), 70),
                grade(texts.get("explore.column.clarity"), s -> s.diamond().clarity(), 70),
                number(texts.get("explore.column.depth"), s -> s.diamond().depth(), v -> f.decimal(v, 1), 75),
                number(texts.get("explore.column.table"), s -> s.diamond().table(), v -> f.decimal(v, 1), 75),
                number(texts.get("explore.column.price"), PricedStone::price, f::money, 95),
                number(texts.get("explore.column.perCarat"), s -> s.price() / s.diamond().carat(), f::money, 95),
                number(texts.get("explore.column.x"), s -> s.diamond().x(), v -> f.decimal(v, 2), 105),
                number(texts.get("explore.column.y"), s -> s.diamond().y(), v -> f.decimal(v, 2), 105),
                number(texts.get("explore.column.z"), s -> s.diamond().z(), v -> f.decimal(v, 2), 105)));
        SortedList<PricedStone> sorted = new SortedList<>(stones);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(texts.get("explore.empty")));
    }

    private static TableColumn<PricedStone, Double> number(String title, ToDoubleFunction<PricedStone> value,
                                                           DoubleFunction<String> format, double width) {
        TableColumn<PricedStone, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(width);
        return column;
    }

    private static <G extends Grade> TableColumn<PricedStone, Grade> grade(String title, Function<PricedStone, G> value,
                                                                           double width) {
        TableColumn<PricedStone, Grade> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Grade item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        column.setComparator(Comparator.comparingInt(Grade::ordinal));
        column.setPrefWidth(width);
        return column;
    }
}
