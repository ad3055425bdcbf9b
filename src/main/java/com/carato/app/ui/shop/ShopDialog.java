package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;

/** Settings → Shop details…: the letterhead of the appraisal sheet. Only binds. */
public final class ShopDialog {

    private final Stage stage = new Stage();

    public ShopDialog(ShopViewModel vm, Messages messages, Window owner) {
        TextField name = new TextField();
        name.setId("shopName");
        name.setPrefColumnCount(32);
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextArea address = new TextArea();
        address.setId("shopAddress");
        address.setPrefRowCount(3);
        address.setPrefColumnCount(32);
        address.textProperty().bindBidirectional(vm.addressProperty());
        Label logo = new Label();
        logo.setId("shopLogo");
        logo.textProperty().bind(vm.logoProperty());
        logo.setMaxWidth(300);
        Button choose = new Button(messages.get("shop.logo.choose"));
        choose.setId("shopChooseLogo");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("shop.logo"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                vm.chooseLogo(file.toPath());
            }
        });
        Button remove = new Button(messages.get("shop.logo.remove"));
        remove.setId("shopRemoveLogo");
        remove.setOnAction(e -> vm.removeLogo());
        TextField validity = new TextField();
        validity.setId("shopValidity");
        validity.setPrefColumnCount(5);
        validity.textProperty().bindBidirectional(vm.validityDaysProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("shop.name")), name);
        grid.addRow(1, new Label(messages.get("shop.address")), address);
        grid.addRow(2, new Label(messages.get("shop.logo")), new HBox(8, logo, choose, remove));
        grid.addRow(3, new Label(messages.get("shop.validity")), new HBox(8, validity,
                new Label(messages.get("shop.validity.unit"))));
        GridPane.setHgrow(name, Priority.ALWAYS);

        Label error = new Label();
        error.setId("shopError");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        Label note = new Label(messages.get("shop.note"));
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.getStyleClass().add("hint");

        Button save = new Button(messages.get("shop.save"));
        save.setId("shopSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (vm.save()) {
                stage.close();
            }
        });
        Button cancel = new Button(messages.get("shop.cancel"));
        cancel.setId("shopCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, cancel);

        VBox root = new VBox(10, grid, note, error, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ShopDialog.class.getResource("/com/carato/app/carato.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("shop.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
