package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Settings → Counter…: who appraises here and the workstation's name. Only binds. */
public final class CounterDialog {

    private final Stage stage = new Stage();

    public CounterDialog(CounterViewModel vm, Messages messages, Window owner) {
        TextField salesperson = new TextField();
        salesperson.setId("counterSalesperson");
        salesperson.setPrefColumnCount(28);
        salesperson.textProperty().bindBidirectional(vm.salespersonProperty());
        TextField workstation = new TextField();
        workstation.setId("counterWorkstation");
        workstation.textProperty().bindBidirectional(vm.workstationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("counter.salesperson")), salesperson);
        grid.addRow(1, new Label(messages.get("counter.workstation")), workstation);
        GridPane.setHgrow(salesperson, Priority.ALWAYS);
        Label note = new Label(messages.get("counter.note"));
        note.setWrapText(true);
        note.setMaxWidth(480);
        note.getStyleClass().add("hint");
        Label error = new Label();
        error.setId("counterError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        Button save = new Button(messages.get("shop.save"));
        save.setId("counterSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (vm.save()) {
                stage.close();
            }
        });
        Button cancel = new Button(messages.get("shop.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        VBox root = new VBox(10, grid, note, error, new HBox(8, save, cancel));
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CounterDialog.class.getResource("/com/carato/app/carato.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("counter.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
