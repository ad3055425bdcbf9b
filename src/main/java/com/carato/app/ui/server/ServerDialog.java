package com.carato.app.ui.server;

import com.carato.app.ui.common.Messages;
import javafx.application.HostServices;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Server → Start REST server…: port, start/stop, the address and the API docs link. Only binds. */
public final class ServerDialog {

    private final Stage stage = new Stage();

    public ServerDialog(ServerViewModel vm, Messages messages, Window owner, HostServices host) {
        TextField port = new TextField();
        port.setId("serverPort");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(vm.portProperty());
        port.disableProperty().bind(vm.runningProperty().or(vm.busyProperty()));
        Button start = new Button(messages.get("server.start"));
        start.setId("serverStart");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.runningProperty().or(vm.busyProperty()));
        Button stop = new Button(messages.get("server.stop"));
        stop.setId("serverStop");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.runningProperty().not().or(vm.busyProperty()));

        TextField url = new TextField();
        url.setId("serverUrl");
        url.setEditable(false);
        url.textProperty().bind(vm.urlProperty());
        Hyperlink docs = new Hyperlink();
        docs.setId("serverDocs");
        docs.textProperty().bind(vm.docsUrlProperty());
        docs.setOnAction(e -> {
            if (host != null && !vm.docsUrlProperty().get().isEmpty()) {
                host.showDocument(vm.docsUrlProperty().get());
            }
        });
        Label status = new Label();
        status.setId("serverStatus");
        status.setWrapText(true);
        Runnable update = () -> {
            ServerProblem problem = vm.problemProperty().get();
            status.setText(problem != null ? switch (problem.kind()) {
                case BAD_PORT -> messages.get("server.badPort");
                case NOT_STARTED -> messages.format("server.failed", problem.detail());
            } : vm.runningProperty().get() ? messages.get("server.running") : messages.get("server.stopped"));
        };
        vm.problemProperty().addListener((o, a, b) -> update.run());
        vm.runningProperty().addListener((o, a, b) -> update.run());
        update.run();

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("server.port")), new HBox(8, port, start, stop));
        grid.addRow(1, new Label(messages.get("server.url")), url);
        grid.addRow(2, new Label(messages.get("server.docs")), docs);
        Label note = new Label(messages.get("server.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        for (Label wrapped : new Label[] {status, note}) {
            wrapped.setMaxWidth(490);
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        url.setPrefColumnCount(28);
        VBox root = new VBox(10, grid, status, note);
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ServerDialog.class.getResource("/com/carato/app/carato.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("server.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
