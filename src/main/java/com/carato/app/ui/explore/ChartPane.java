package com.carato.app.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;

/** A chart with a "Save as PNG…" button in its corner and the same action in its context menu. */
final class ChartPane extends StackPane {

    private final Node chart;

    ChartPane(Node chart, String saveText, Consumer<Node> save) {
        this.chart = chart;
        getStyleClass().add("chart-pane");
        Button button = new Button(saveText);
        button.getStyleClass().add("save-chart");
        button.setFocusTraversable(false);
        button.setOnAction(e -> save.accept(chart));
        StackPane.setAlignment(button, Pos.TOP_RIGHT);
        StackPane.setMargin(button, new Insets(6));
        MenuItem item = new MenuItem(saveText);
        item.setOnAction(e -> save.accept(chart));
        ContextMenu menu = new ContextMenu(item);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        getChildren().addAll(chart, button);
        setMinSize(0, 0);
    }

    Node chart() {
        return chart;
    }
}
