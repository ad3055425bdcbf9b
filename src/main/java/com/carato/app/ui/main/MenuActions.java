package com.carato.app.ui.main;

import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * What the Model, Server and Settings menus open; each gets the main window as owner. A null action leaves
 * its menu item disabled.
 *
 * @param retrain  Model → Retrain…
 * @param history  Model → History and rollback…
 * @param server   Server → Start REST server…
 * @param shop     Settings → Shop details…
 * @param counter  Settings → Counter… (who appraises, the workstation's name)
 * @param database Settings → Shop database…
 */
public record MenuActions(Consumer<Window> retrain, Consumer<Window> history, Consumer<Window> server,
                          Consumer<Window> shop, Consumer<Window> counter, Consumer<Window> database) {

    public static final MenuActions NONE = new MenuActions(null, null, null, null, null, null);

    /** Without the Settings menu's dialogs. */
    public MenuActions(Consumer<Window> retrain, Consumer<Window> history, Consumer<Window> server) {
        this(retrain, history, server, null, null, null);
    }
}
