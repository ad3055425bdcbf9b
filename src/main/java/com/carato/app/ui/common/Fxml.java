package com.carato.app.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;

/** Loads a screen's FXML with its view object as controller and the app's messages for {@code %keys}. */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Class<?> owner, String name, Object controller, ResourceBundle messages) {
        URL url = Objects.requireNonNull(owner.getResource(name), () -> "missing FXML " + name + " beside " + owner);
        FXMLLoader loader = new FXMLLoader(url, messages);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
