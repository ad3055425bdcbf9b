package com.carato.app.ui.retrain;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.function.Function;

/** Read-only text columns for the wizard's tables. */
final class Tables {

    private Tables() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 24 ? null : new Tooltip(item));
            }
        });
        return column;
    }

    static void widths(TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    /** A right-aligned column, for numbers. */
    static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    @SafeVarargs
    static <T> void columns(TableView<T> table, TableColumn<T, String>... columns) {
        table.getColumns().setAll(List.of(columns));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
