package com.carato.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The app's message dialogs, owned by the window of the node that raises them. */
public final class Dialogs {

    private Dialogs() {
    }

    /** An error a user can act on: the title says what failed, the text why. */
    public static void error(Node from, String title, String message) {
        show(from, Alert.AlertType.ERROR, title, title, message);
    }

    public static void info(Node from, String title, String header, String message) {
        show(from, Alert.AlertType.INFORMATION, title, header, message);
    }

    private static void show(Node from, Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
