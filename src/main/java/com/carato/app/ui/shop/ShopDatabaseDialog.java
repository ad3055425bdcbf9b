package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Settings → Shop database…: address, user and password of the shop's server, tested before saving. Only binds. */
public final class ShopDatabaseDialog {

    private final Stage stage = new Stage();

    public ShopDatabaseDialog(ShopDatabaseViewModel vm, Messages messages, Window owner) {
        TextField url = new TextField();
        url.setId("databaseUrl");
        url.setPrefColumnCount(40);
        url.setPromptText("jdbc:postgresql://shop-server:5432/carato");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("databaseUser");
        user.setPromptText("carato");
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("databasePassword");
        password.setPromptText(vm.passwordKept() ? messages.get("database.password.kept") : "");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(messages.get("database.url")), url);
        grid.addRow(1, label(messages.get("database.user")), user);
        grid.addRow(2, label(messages.get("database.password")), password);
        GridPane.setHgrow(url, Priority.ALWAYS);

        Label note = new Label(messages.get("database.note"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("hint");
        Label message = new Label();
        message.setId("databaseMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.styleProperty().bind(Bindings.createStringBinding(() ->
                vm.checkProperty().get() == ShopDatabaseViewModel.Check.FAILED ? "-fx-text-fill: #b3261e;"
                        : vm.checkProperty().get() == ShopDatabaseViewModel.Check.PASSED ? "-fx-text-fill: #1b6e2a;" : "",
                vm.checkProperty()));

        Button test = new Button(messages.get("database.test"));
        test.setId("databaseTest");
        test.disableProperty().bind(vm.checkProperty().isEqualTo(ShopDatabaseViewModel.Check.TESTING));
        test.setOnAction(e -> vm.test());
        Button save = new Button(messages.get("database.save"));
        save.setId("databaseSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.checkProperty().isNotEqualTo(ShopDatabaseViewModel.Check.PASSED));
        save.setOnAction(e -> vm.save());
        Button local = new Button(messages.get("database.local"));
        local.setId("databaseLocal");
        local.setOnAction(e -> vm.useThisWorkstation());
        Button close = new Button(messages.get("database.close"));
        close.setId("databaseClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, test, save, gap, local, close);

        VBox root = new VBox(10, grid, note, message, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(640);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ShopDatabaseDialog.class.getResource("/com/carato/app/carato.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("database.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
    }

    /** A field's name, never shortened. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
