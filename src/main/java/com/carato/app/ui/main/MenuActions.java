package com.carato.app.ui.main;

import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * What the Model, Server and Settings menus open; each gets the main window as owner. A null action leaves
 * its menu item disabled.
 *
 * @param retrain Model → Retrain…
 * @param history Model → History and rollback…
 * @param server  Server → Start REST server…
 * @param shop    Settings → Shop details…
 */
public record MenuActions(Consumer<Window> retrain, Consumer<Window> history, Consumer<Window> server,
                          Consumer<Window> shop) {

    public static final MenuActions NONE = new MenuActions(null, null, null, null);

    /** Without Settings → Shop details…. */
    public MenuActions(Consumer<Window> retrain, Consumer<Window> history, Consumer<Window> server) {
        this(retrain, history, server, null);
    }
}
